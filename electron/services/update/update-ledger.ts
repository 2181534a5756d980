import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * What the kiosk must remember across the restart an update causes (state/update-ledger.json in the data
 * folder): the version it is moving from and to, the installer of the version it left (kept, with its signed
 * release.json, for a rollback), how often the new version has started without yet running long enough to be
 * trusted, and the versions it rolled back from (never installed again here). Written whole to a temporary
 * file and renamed, so a power cut leaves the old ledger or the new one.
 */
const keptReleaseSchema = z
  .object({
    version: z.string().max(64),
    /** The installer file in the data folder's updates/ folder. */
    installerPath: z.string().max(1000),
    /** release.json and its signature as they came: checked again before a rollback installs from them. */
    manifestText: z.string().max(64 * 1024),
    signatureText: z.string().max(4096),
    fileName: z.string().max(200),
  })
  .strict();
export type KeptRelease = z.infer<typeof keptReleaseSchema>;

const ledgerSchema = z
  .object({
    /** An install was started: from → to. Cleared when the kiosk has run `to` long enough (or rolled back). */
    moving: z
      .object({
        from: z.string().max(64),
        to: z.string().max(64),
        at: z.iso.datetime(),
        /** Starts of `to` so far that ended before it was trusted. */
        starts: z.number().int().min(0).max(1000),
        /** This move is itself a rollback: it is never rolled back again. */
        rollback: z.boolean(),
      })
      .strict()
      .optional(),
    /** The release the kiosk runs, when it came as an update (its installer is what a later rollback needs). */
    running: keptReleaseSchema.optional(),
    /** The release the kiosk ran before the move (what a rollback installs). */
    previous: keptReleaseSchema.optional(),
    rolledBackFrom: z.array(z.string().max(64)).max(100).default([]),
  })
  .strict();
export type LedgerState = z.infer<typeof ledgerSchema>;

export class UpdateLedger {
  private state: LedgerState;
  /** Why the file on disk was not used (damaged); the kiosk goes on with an empty ledger and says so. */
  readonly problem: string | undefined;

  constructor(private readonly file: string) {
    const loaded = UpdateLedger.read(file);
    this.state = loaded.state;
    this.problem = loaded.problem;
  }

  private static read(file: string): { state: LedgerState; problem?: string } {
    const empty: LedgerState = { rolledBackFrom: [] };
    if (!existsSync(file)) return { state: empty };
    try {
      const parsed = ledgerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) return { state: parsed.data };
      return { state: empty, problem: 'the update ledger is not valid; starting a new one' };
    } catch {
      return { state: empty, problem: 'the update ledger cannot be read; starting a new one' };
    }
  }

  get(): LedgerState {
    return this.state;
  }

  update(change: (state: LedgerState) => LedgerState): LedgerState {
    const next = ledgerSchema.parse(change(this.state));
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.file);
    this.state = next;
    return next;
  }
}
