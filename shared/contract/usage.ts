import { z } from 'zod';
import { screenSchema } from '../catalog/flow-kinds.js';
import { itemCodeSchema, packageCodeSchema } from '../catalog/schema.js';
import { defineMethod } from './define.js';

/**
 * Usage statistics from the citizen's side (issue 11, statistics): what only the page knows about one flow —
 * an item or package started, completed or abandoned, at which step and after how long. Codes, screen names
 * and seconds only: nothing here can carry a person (no case number, no name, no session id).
 *
 * One flow instance is one time a citizen goes through one item or package (renderer/src/session/usage-report.ts
 * gives each a random id). Main accepts at most one `started` per instance and then at most one `completed`
 * or `abandoned`; anything else is refused and nothing is written. When each is sent:
 *
 * - started: the flow's first page after the guide's 开始办理.
 * - completed: the flow reached its result page —
 *     apply, a package (一件事), book: `confirmation` (submitted or booked; the case, local or booking number shows);
 *     query, certify: `result` (the records or the certification outcome show);
 *     pay: `payReceipt` (the platform confirmed the payment);
 *     print: `print`, once the printer reported the document done (打印完成).
 * - abandoned: the flow ended — 首页, 返回 off its first page, the idle wipe, leaving — after it started and
 *   before it completed; `step` is the screen it stopped on.
 *
 * Ratings, pages printed and device faults are counted in main, where it sees them happen.
 */

/** A flow instance's id: a random UUID the page makes when the flow opens. Not linked to the session. */
export const flowIdSchema = z.uuid();

/** The longest flow the statistics believe (6 hours); the kiosk's idle wipe ends any real one long before. */
export const MAX_FLOW_SECONDS = 6 * 3600;

export const usageTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), code: itemCodeSchema }).strict(),
  z.object({ kind: z.literal('package'), code: packageCodeSchema }).strict(),
]);
export type UsageTarget = z.infer<typeof usageTargetSchema>;

const durationSchema = z.number().int().min(0).max(MAX_FLOW_SECONDS);

export const usageReportSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('started'), flowId: flowIdSchema, target: usageTargetSchema }).strict(),
  z
    .object({
      event: z.literal('completed'),
      flowId: flowIdSchema,
      target: usageTargetSchema,
      /** Seconds from started to the result page. */
      durationSeconds: durationSchema,
    })
    .strict(),
  z
    .object({
      event: z.literal('abandoned'),
      flowId: flowIdSchema,
      target: usageTargetSchema,
      /** The screen the flow stopped on (shared/catalog/flow-kinds.ts). */
      step: screenSchema,
      /** Seconds from started to leaving. */
      durationSeconds: durationSchema,
    })
    .strict(),
]);
export type UsageReport = z.infer<typeof usageReportSchema>;

/** Why a report was refused; nothing was written. */
export const usageErrors = [
  /** The code is not an item or package of the catalog the kiosk runs now. */
  'unknownTarget',
  /** The step is not a screen of this item's or package's flow kind. */
  'unknownStep',
  /** This flow instance has already been reported started. */
  'alreadyStarted',
  /** completed/abandoned for a flow instance main has no started for. */
  'notStarted',
  /** This flow instance has already been reported completed or abandoned. */
  'alreadyEnded',
  /** completed/abandoned names another item or package than its started. */
  'targetMismatch',
  /** The duration is longer than the time since the flow was reported started. */
  'durationImplausible',
] as const;

export const usageMethods = {
  'usage.record': defineMethod({
    summary:
      'Usage statistics: a flow (item or package) started, completed or abandoned (with the step and seconds). One started per flow instance, then one completed or abandoned; codes and screen names only.',
    request: usageReportSchema,
    response: z.object({ recorded: z.literal(true) }).strict(),
    errors: usageErrors,
  }),
} as const;
