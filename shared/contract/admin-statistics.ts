import { z } from 'zod';
import { screenSchema } from '../catalog/flow-kinds.js';
import { deviceClassSchema } from '../devices/device-class.js';
import { evaluationLevelSchema } from '../platform/services.js';
import { removableDriveSchema } from './admin-diagnostics.js';
import { adminRequest, adminSessionErrors } from './admin.js';
import { defineMethod } from './define.js';
import { usageTargetSchema } from './usage.js';

/**
 * The console's statistics page (issue 11): per day and per item — started, completed, abandoned (and at which
 * step), median time; ratings by level; pages printed; device faults; uptime. Counts, codes and seconds only:
 * usage_events holds no person, so nothing here can carry one.
 */

/** The ranges the page offers: today, the last 7 days, the last 30 days (each ending today, kiosk time). */
export const statisticsRangeSchema = z.enum(['today', '7d', '30d']);
export type StatisticsRange = z.infer<typeof statisticsRangeSchema>;
export const rangeDays: Record<StatisticsRange, number> = { today: 1, '7d': 7, '30d': 30 };

const daySchema = z.iso.date();
const count = z.number().int().nonnegative();

export const statisticsDaySchema = z
  .object({
    day: daySchema,
    started: count,
    completed: count,
    abandoned: count,
    rated: count,
    /** A4 sheets (pages × copies) of citizens' documents. */
    a4Pages: count,
    /** Receipts and slips (one per copy). */
    receipts: count,
    faults: count,
  })
  .strict();
export type StatisticsDay = z.infer<typeof statisticsDaySchema>;

export const abandonedStepSchema = z.object({ step: screenSchema, count }).strict();

export const statisticsItemSchema = z
  .object({
    target: usageTargetSchema,
    started: count,
    completed: count,
    abandoned: count,
    /** Median seconds from started to the result page, of the completed ones; absent when none completed. */
    medianSeconds: count.optional(),
    /** Where the abandoned ones stopped, most common first. */
    abandonedAt: z.array(abandonedStepSchema).max(20),
  })
  .strict();
export type StatisticsItem = z.infer<typeof statisticsItemSchema>;

export const statisticsSummarySchema = z
  .object({
    range: statisticsRangeSchema,
    from: daySchema,
    to: daySchema,
    generatedAt: z.iso.datetime(),
    totals: z
      .object({
        started: count,
        completed: count,
        abandoned: count,
        medianSeconds: count.optional(),
        rated: count,
        a4Pages: count,
        receipts: count,
        faults: count,
      })
      .strict(),
    /** One row per day of the range, oldest first, days without events included. */
    days: z.array(statisticsDaySchema).max(31),
    /** Every item or package with an event in the range, most started first. */
    items: z.array(statisticsItemSchema).max(1000),
    /** The five levels of 好差评, best first, zeros included. */
    ratings: z.array(z.object({ level: evaluationLevelSchema, count }).strict()).length(5),
    /** Devices that went into a fault in the range, most first. */
    faults: z.array(z.object({ device: deviceClassSchema, count }).strict()).max(16),
    uptime: z
      .object({
        /** Time the kiosk ran, as a share of the range up to now (from the first time it ever ran, if later). */
        percent: z.number().min(0).max(100),
        upSeconds: count,
        spanSeconds: count,
        /** Where the span starts: the range's first midnight, or the kiosk's first start if later. */
        since: z.iso.datetime(),
      })
      .strict(),
  })
  .strict();
export type StatisticsSummary = z.infer<typeof statisticsSummarySchema>;

const statisticsLocaleSchema = z.enum(['zh-CN', 'en']);

/** The CSV file: the same numbers as the summary, headers and item names in the page's language. */
const csvFileSchema = z
  .object({
    fileName: z.string().regex(/^gov-kiosk-statistics-[A-Za-z0-9_-]{1,64}-\d{8}-\d{8}\.csv$/),
    bytes: z.number().int().positive(),
  })
  .strict();

/** The largest CSV (30 days × a full catalog fits in a small fraction of it). */
export const MAX_STATISTICS_CSV_CHARS = 1024 * 1024;

export const adminStatisticsMethods = {
  'admin.statistics.summary': defineMethod({
    summary:
      '技术员: usage statistics for today, 7 or 30 days — per day and per item started, completed, abandoned (with steps), median time; ratings by level; pages printed; device faults; uptime.',
    request: adminRequest({ range: statisticsRangeSchema }),
    response: statisticsSummarySchema,
    errors: adminSessionErrors,
  }),
  'admin.statistics.csv': defineMethod({
    summary:
      '技术员: the same statistics as CSV text (UTF-8; headers and names in the given language) for the page to download. Audited with the range and size.',
    request: adminRequest({ range: statisticsRangeSchema, locale: statisticsLocaleSchema }),
    response: csvFileSchema.extend({ csv: z.string().max(MAX_STATISTICS_CSV_CHARS) }).strict(),
    errors: [...adminSessionErrors, 'tooLarge'],
  }),
  'admin.statistics.saveToDrive': defineMethod({
    summary:
      '技术员: writes the CSV to a removable drive (as admin.diagnostics.drives lists them), synced. Audited with the range, the device name and the size.',
    request: adminRequest({
      range: statisticsRangeSchema,
      locale: statisticsLocaleSchema,
      driveId: removableDriveSchema.shape.id,
    }),
    response: csvFileSchema,
    errors: [...adminSessionErrors, 'noSuchDrive', 'driveReadOnly', 'driveFull', 'writeFailed', 'tooLarge'],
  }),
} as const;
