import type { PrintMedia } from '../../../../shared/devices/print-job.js';
import type { KioskStore } from '../../store/store.js';

export interface ConsumableCount {
  readonly media: PrintMedia;
  /** Sheets (A4) or millimetres (receipt80) printed since the last refill. */
  readonly used: number;
  readonly refilledAt?: number;
  readonly refilledBy?: string;
}

interface Row {
  media: string;
  used: number;
  refilled_at: number | null;
  refilled_by: string | null;
}

/** The consumables table (migration 7): one counter per media, reset by 已换纸. */
export class ConsumablesStore {
  constructor(private readonly store: KioskStore) {}

  get(media: PrintMedia): ConsumableCount {
    const row = this.store.db
      .prepare('SELECT media, used, refilled_at, refilled_by FROM consumables WHERE media = ?')
      .get(media) as unknown as Row | undefined;
    return {
      media,
      used: row?.used ?? 0,
      ...(row?.refilled_at != null ? { refilledAt: row.refilled_at } : {}),
      ...(row?.refilled_by ? { refilledBy: row.refilled_by } : {}),
    };
  }

  add(media: PrintMedia, amount: number): void {
    if (!Number.isFinite(amount) || amount <= 0) return;
    this.store.db
      .prepare(
        `INSERT INTO consumables (media, used) VALUES (?, ?)
         ON CONFLICT(media) DO UPDATE SET used = used + excluded.used`,
      )
      .run(media, Math.round(amount));
  }

  refill(media: PrintMedia, by: string, at: number): void {
    this.store.db
      .prepare(
        `INSERT INTO consumables (media, used, refilled_at, refilled_by) VALUES (?, 0, ?, ?)
         ON CONFLICT(media) DO UPDATE SET used = 0, refilled_at = excluded.refilled_at, refilled_by = excluded.refilled_by`,
      )
      .run(media, at, by);
  }
}
