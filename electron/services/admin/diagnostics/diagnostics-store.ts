import type { KioskStore } from '../../store/store.js';

export interface OverrideRow {
  readonly key: string;
  readonly value: unknown;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** What the diagnostic bundle reads of the console's own tables: the settings changed on the console. */
export class DiagnosticsStore {
  constructor(private readonly store: KioskStore) {}

  /** The console's setting overrides (migration 7), newest first; values as stored, masked by the caller. */
  overrides(limit = 500): OverrideRow[] {
    const rows = this.store.db
      .prepare('SELECT key, value, updated_at, updated_by FROM setting_overrides ORDER BY updated_at DESC LIMIT ?')
      .all(limit) as Array<{ key: string; value: string; updated_at: number; updated_by: string }>;
    return rows.map((row) => {
      let value: unknown = row.value;
      try {
        value = JSON.parse(row.value);
      } catch {
        // kept as text
      }
      return { key: row.key, value, updatedAt: new Date(row.updated_at).toISOString(), updatedBy: row.updated_by };
    });
  }
}
