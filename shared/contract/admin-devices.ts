import { z } from 'zod';
import { enrolmentIdSchema, maskedNameSchema } from '../config/admin-config.js';
import { deviceClassSchema } from '../devices/device-class.js';
import { paperStateSchema } from '../devices/device-status.js';
import { printMediaSchema } from '../devices/print-job.js';
import { adminRequest, adminSessionErrors } from './admin.js';
import { defineMethod } from './define.js';

/**
 * The console's device tests (自检), the daily inspection record (巡检记录) and consumables (issue 11).
 * Results keep codes and numbers only: never a card's number or name, never a scanned code's content.
 */

const isoTime = z.iso.datetime();

/** Tests main runs against the device (the same device manager the citizen side uses). */
export const automaticCheckSchema = z.enum(['a4TestPage', 'receiptTestPrint', 'cardRead', 'scan', 'platform']);
/** Tests the page runs with the technician, who says what they saw or heard. */
export const interactiveCheckSchema = z.enum(['documentCamera', 'faceCamera', 'touch', 'speaker']);
/** Every test, in the order the page and the 巡检单 list them. */
export const checkNameSchema = z.enum([
  'a4TestPage',
  'receiptTestPrint',
  'cardRead',
  'scan',
  'documentCamera',
  'faceCamera',
  'touch',
  'speaker',
  'platform',
]);
export type AutomaticCheck = z.infer<typeof automaticCheckSchema>;
export type InteractiveCheck = z.infer<typeof interactiveCheckSchema>;
export type CheckName = z.infer<typeof checkNameSchema>;
export const checkNames = checkNameSchema.options;

/** A code a page turns into words: a device failure ("deviceNotReady.paperOut") or a check's own. */
export const checkReasonSchema = z.string().regex(/^[A-Za-z]{2,40}(\.[A-Za-z]{2,40})?$/);

/** Facts about a run: numbers, yes/no and short codes (never free text, never personal data). */
export const checkDetailSchema = z
  .record(
    z.string().regex(/^[a-zA-Z]{1,30}$/),
    z.union([z.number().finite(), z.boolean(), z.string().regex(/^[A-Za-z0-9._:+-]{0,64}$/)]),
  )
  .refine((d) => Object.keys(d).length <= 12, { message: 'at most 12 detail entries' });
export type CheckDetail = z.infer<typeof checkDetailSchema>;

export const checkResultSchema = z
  .object({
    check: checkNameSchema,
    device: deviceClassSchema.optional(),
    ok: z.boolean(),
    at: isoTime,
    /** Set when the check failed or could not run. */
    reason: checkReasonSchema.optional(),
    detail: checkDetailSchema,
    enrolmentId: enrolmentIdSchema,
    maskedName: maskedNameSchema.optional(),
  })
  .strict();
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The card test's answer on screen only (never kept): the masked name, the photo, the SAM. */
export const cardCheckViewSchema = z
  .object({
    maskedName: maskedNameSchema,
    photo: z.enum(['decoded', 'absent', 'undecodable']),
    sam: z.enum(['ok', 'fault', 'unknown']),
  })
  .strict();

export const checkRowSchema = z
  .object({
    check: checkNameSchema,
    device: deviceClassSchema.optional(),
    interactive: z.boolean(),
    /** The device class is configured as `none`: the test can only fail. */
    notConfigured: z.boolean(),
    last: checkResultSchema.optional(),
  })
  .strict();

export const inspectionSummarySchema = z
  .object({
    /** The latest check of any kind. */
    lastAt: isoTime.optional(),
    /** A check was made within the last 24 hours. */
    within24h: z.boolean(),
    /** The day of the latest check (China local date) and whether every test that applies ran that day. */
    day: z.iso.date().optional(),
    complete: z.boolean(),
    failed: z.number().int().nonnegative(),
    enrolmentId: enrolmentIdSchema.optional(),
  })
  .strict();
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;

export const inspectionRecordSchema = z
  .object({
    day: z.iso.date(),
    siteName: z.string().max(100),
    kioskId: z.string().max(64),
    /** The latest result of each check that day, in the page's order; checks not run are absent. */
    entries: z.array(checkResultSchema).max(checkNames.length),
    /** Checks that apply on this kiosk but were not run that day. */
    missing: z.array(checkNameSchema).max(checkNames.length),
  })
  .strict();
export type InspectionRecord = z.infer<typeof inspectionRecordSchema>;

export const consumableLevelSchema = z.enum(['ok', 'low', 'out']);
export type ConsumableLevel = z.infer<typeof consumableLevelSchema>;

export const printerMarkerSchema = z
  .object({
    name: z.string().max(60),
    /** 0–100 %; -1 unavailable, -2 unknown, -3 "some left" (RFC 3805 / CUPS marker-levels). */
    level: z.number().int().min(-3).max(100),
    kind: z.string().max(40).optional(),
  })
  .strict();

export const consumableSchema = z
  .object({
    media: printMediaSchema,
    device: z.enum(['documentPrinter', 'receiptPrinter']),
    unit: z.enum(['pages', 'mm']),
    /** Printed since the last 已换纸. */
    used: z.number().int().nonnegative(),
    capacity: z.number().int().positive(),
    remaining: z.number().int().nonnegative(),
    percentLeft: z.number().int().min(0).max(100),
    lowPercent: z.number().int().min(0).max(100),
    /** The worse of the count and the printer's own report. */
    level: consumableLevelSchema,
    /** What makes the level: the count, the printer, or both. */
    levelFrom: z.enum(['count', 'printer', 'both']).optional(),
    refilledAt: isoTime.optional(),
    refilledBy: enrolmentIdSchema.optional(),
    printer: z
      .object({
        driver: z.string().max(20),
        paper: paperStateSchema,
        /** CUPS/IPP marker-names with marker-levels, when the printer reports them. */
        markers: z.array(printerMarkerSchema).max(16),
        /** IPP printer-state-reasons (keywords), "none" left out. */
        reasons: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(20),
        /** Why there is no report beyond the paper state. */
        note: z.enum(['reported', 'noMarkers', 'unreachable', 'notSpooler', 'notConfigured']),
      })
      .strict(),
  })
  .strict();
export type Consumable = z.infer<typeof consumableSchema>;

export const adminDevicesMethods = {
  'admin.checks.list': defineMethod({
    summary: '技术员: every device test with its latest result (today or earlier), in the page order.',
    request: adminRequest({}),
    response: z.object({ day: z.iso.date(), rows: z.array(checkRowSchema).max(checkNames.length) }).strict(),
    errors: adminSessionErrors,
  }),
  'admin.checks.run': defineMethod({
    summary:
      '技术员: runs one test on the real device and keeps the result: A4 test page, receipt test print, card read (masked name only), scan any code (length and kind only), platform round trip and clock offset. A test that cannot run is kept as failed with the reason.',
    request: adminRequest({
      check: automaticCheckSchema,
      /** Card and scan tests: how long to wait for a card or a code. */
      waitSeconds: z.number().int().min(1).max(60).default(20),
    }),
    response: z.object({ result: checkResultSchema, card: cardCheckViewSchema.optional() }).strict(),
    errors: adminSessionErrors,
  }),
  'admin.checks.confirm': defineMethod({
    summary:
      '技术员: the result of a test the page ran with the technician (camera preview 看得清/看不清, touch targets, speaker 听到了/没听到).',
    request: adminRequest({
      check: interactiveCheckSchema,
      ok: z.boolean(),
      /** Why it failed, when it did (the page's own code, e.g. notClear, notHeard, cameraNotFound). */
      reason: checkReasonSchema.optional(),
      /** Touch test: how many of the five targets were touched. */
      touched: z.number().int().min(0).max(5).optional(),
    }),
    response: z.object({ result: checkResultSchema }).strict(),
    errors: [...adminSessionErrors, 'inconsistent'],
  }),
  'admin.checks.record': defineMethod({
    summary: '技术员: the inspection record (巡检记录) of a day — the latest result of each test with time and who.',
    request: adminRequest({ day: z.iso.date().optional() }),
    response: inspectionRecordSchema,
    errors: adminSessionErrors,
  }),
  'admin.checks.printRecord': defineMethod({
    summary:
      '技术员: prints the day’s inspection record as an A4 巡检单 on the document printer (answers when printed).',
    request: adminRequest({ day: z.iso.date().optional() }),
    response: z.object({ jobId: z.string().max(100), checks: z.number().int().nonnegative() }).strict(),
    errors: [...adminSessionErrors, 'nothingToPrint', 'noDevice', 'deviceNotReady', 'hardwareError', 'timeOut'],
  }),
  'admin.checks.lastInspection': defineMethod({
    summary: 'The latest inspection: when, whether within 24 hours, and whether that day’s record is complete.',
    request: adminRequest({}),
    response: inspectionSummarySchema,
    errors: adminSessionErrors,
  }),
  'admin.consumables.list': defineMethod({
    summary:
      '技术员: paper printed since the last refill against the capacity, with the printer’s own report (CUPS marker levels and state reasons, ESC/POS paper near end).',
    request: adminRequest({}),
    response: z.object({ consumables: z.array(consumableSchema).max(2) }).strict(),
    errors: adminSessionErrors,
  }),
  'admin.consumables.refill': defineMethod({
    summary: '技术员: 已换纸 — the media was refilled; its count starts again (audited).',
    request: adminRequest({ media: printMediaSchema }),
    response: consumableSchema,
    errors: adminSessionErrors,
  }),
} as const;
