import { z } from 'zod';

/**
 * Paper the console counts against (issue 11, consumables): how much each printer's media holds when full,
 * and at what share left the console warns (low) and calls it empty (out): `admin.consumables` in
 * kiosk.config.json; by default an A4 tray of 250 sheets, low at 20 %, and a receipt roll of 80 m, low at 10 %.
 */
const percent = z.number().int().min(0).max(90);

export const consumablesConfigSchema = z
  .object({
    a4: z
      .object({
        /** Sheets in a full tray. */
        capacityPages: z.number().int().min(10).max(10_000).default(250),
        lowPercent: percent.default(20),
        /** 0: out only when the count reaches the capacity (or the printer says so). */
        outPercent: percent.default(0),
      })
      .strict()
      .refine((a) => a.outPercent < a.lowPercent, { message: 'a4.outPercent must be below a4.lowPercent' })
      .default({ capacityPages: 250, lowPercent: 20, outPercent: 0 }),
    receipt: z
      .object({
        /** Length of a new roll in millimetres (80 m = 80000). */
        rollLengthMm: z.number().int().min(1_000).max(500_000).default(80_000),
        lowPercent: percent.default(10),
        outPercent: percent.default(0),
      })
      .strict()
      .refine((r) => r.outPercent < r.lowPercent, { message: 'receipt.outPercent must be below receipt.lowPercent' })
      .default({ rollLengthMm: 80_000, lowPercent: 10, outPercent: 0 }),
  })
  .strict();
export type ConsumablesConfig = z.infer<typeof consumablesConfigSchema>;

export const defaultConsumablesConfig: ConsumablesConfig = consumablesConfigSchema.parse({});
