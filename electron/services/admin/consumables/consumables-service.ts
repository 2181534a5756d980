import type { HealthCheck } from '../../../../shared/contract/app.js';
import type { Consumable, ConsumableLevel } from '../../../../shared/contract/admin-devices.js';
import type { ConsumablesConfig } from '../../../../shared/config/consumables-config.js';
import type { DevicesConfig } from '../../../../shared/devices/device-config.js';
import type { DeviceSnapshot, PaperState } from '../../../../shared/devices/device-status.js';
import type { PrintMedia } from '../../../../shared/devices/print-job.js';
import type { CompletedPrint } from '../../../devices/device-manager.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { ConsumablesStore } from './consumables-store.js';
import { type PrinterSupplies, querySupplies, suppliesLevel } from './cups-supplies.js';
import { paperUsed } from './print-usage.js';

const MEDIA: ReadonlyArray<{ media: PrintMedia; device: 'documentPrinter' | 'receiptPrinter'; unit: 'pages' | 'mm' }> =
  [
    { media: 'A4', device: 'documentPrinter', unit: 'pages' },
    { media: 'receipt80', device: 'receiptPrinter', unit: 'mm' },
  ];

const rank: Record<ConsumableLevel, number> = { ok: 0, low: 1, out: 2 };

export interface ConsumablesServiceOptions {
  readonly store: ConsumablesStore;
  readonly config: ConsumablesConfig;
  readonly devicesConfig: DevicesConfig;
  readonly snapshot: (device: 'documentPrinter' | 'receiptPrinter') => DeviceSnapshot;
  /** Every job a printer reported done (DeviceManager.onPrinted). */
  readonly onPrinted: (listener: (print: CompletedPrint) => void) => () => void;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly ippTimeoutMs?: number;
}

interface Report {
  readonly note: Consumable['printer']['note'];
  readonly supplies?: PrinterSupplies;
}

/**
 * Paper since the last 已换纸 against the configured capacity, with the printer's own word on it: the
 * CUPS queue's marker levels and state reasons, or the ESC/POS paper-near-end sensor (the receipt printer's
 * paper state). Every finished job is counted as it completes; the worse of the count and the printer's
 * report is the level, and a low or empty medium degrades the `consumables` health line.
 */
export class ConsumablesService {
  private readonly reports = new Map<PrintMedia, Report>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: ConsumablesServiceOptions) {
    this.unsubscribe = options.onPrinted((print) => {
      const columns =
        options.devicesConfig.receiptPrinter.driver === 'escpos' ? options.devicesConfig.receiptPrinter.columns : 48;
      const used = paperUsed(print.job, print.driver, columns);
      options.store.add(used.media, used.amount);
    });
  }

  close(): void {
    this.unsubscribe();
  }

  private capacity(media: PrintMedia): { capacity: number; lowPercent: number; outPercent: number } {
    const c = this.options.config;
    return media === 'A4'
      ? { capacity: c.a4.capacityPages, lowPercent: c.a4.lowPercent, outPercent: c.a4.outPercent }
      : { capacity: c.receipt.rollLengthMm, lowPercent: c.receipt.lowPercent, outPercent: c.receipt.outPercent };
  }

  /** Asks each CUPS queue for its supplies now (the page calls this; health uses the last answer). */
  async refreshReports(): Promise<void> {
    await Promise.all(
      MEDIA.map(async ({ media, device }) => {
        const profile = this.options.devicesConfig[device];
        if (profile.driver === 'none') return this.reports.set(media, { note: 'notConfigured' });
        if (profile.driver !== 'cups') return this.reports.set(media, { note: 'notSpooler' });
        const answer = await querySupplies({
          server: profile.server,
          queue: profile.queue,
          timeoutMs: this.options.ippTimeoutMs ?? 2_000,
        });
        this.reports.set(
          media,
          answer.ok
            ? { note: answer.supplies.markers.length > 0 ? 'reported' : 'noMarkers', supplies: answer.supplies }
            : { note: 'unreachable' },
        );
      }),
    );
  }

  row(media: PrintMedia): Consumable {
    const spec = MEDIA.find((m) => m.media === media)!;
    const { capacity, lowPercent, outPercent } = this.capacity(media);
    const count = this.options.store.get(media);
    const remaining = Math.max(0, capacity - count.used);
    const percentLeft = Math.max(0, Math.min(100, Math.floor((remaining * 100) / capacity)));
    const counted: ConsumableLevel =
      remaining === 0 || (outPercent > 0 && percentLeft <= outPercent)
        ? 'out'
        : percentLeft <= lowPercent
          ? 'low'
          : 'ok';

    const snapshot = this.options.snapshot(spec.device);
    const paper: PaperState = snapshot.state.kind === 'printer' ? snapshot.state.paper : 'unknown';
    const report = this.reports.get(media) ?? {
      note: this.options.devicesConfig[spec.device].driver === 'none' ? 'notConfigured' : 'notSpooler',
    };
    const fromSupplies = report.supplies ? suppliesLevel(report.supplies, lowPercent) : undefined;
    const fromPaper: ConsumableLevel | undefined = paper === 'out' ? 'out' : paper === 'low' ? 'low' : undefined;
    const printerLevel: ConsumableLevel | undefined =
      fromPaper === 'out' || fromSupplies === 'out' ? 'out' : (fromPaper ?? fromSupplies);
    const level = printerLevel && rank[printerLevel] > rank[counted] ? printerLevel : counted;
    const levelFrom =
      level === 'ok'
        ? undefined
        : printerLevel === level && counted === level
          ? 'both'
          : printerLevel === level
            ? 'printer'
            : 'count';
    return {
      media,
      device: spec.device,
      unit: spec.unit,
      used: count.used,
      capacity,
      remaining,
      percentLeft,
      lowPercent,
      level,
      ...(levelFrom ? { levelFrom } : {}),
      ...(count.refilledAt !== undefined ? { refilledAt: new Date(count.refilledAt).toISOString() } : {}),
      ...(count.refilledBy ? { refilledBy: count.refilledBy } : {}),
      printer: {
        driver: snapshot.driver,
        paper,
        markers: (report.supplies?.markers ?? []).map((m) => ({
          name: m.name,
          level: m.level,
          ...(m.kind ? { kind: m.kind } : {}),
        })),
        reasons: report.supplies?.reasons ?? [],
        note: report.note,
      },
    };
  }

  list(): Consumable[] {
    return MEDIA.map(({ media }) => this.row(media));
  }

  refill(media: PrintMedia, enrolmentId: string): Consumable {
    const before = this.options.store.get(media).used;
    this.options.store.refill(media, enrolmentId, this.options.now());
    this.options.audit.record({
      actor: 'admin',
      action: 'admin.consumablesRefilled',
      subject: media,
      detail: { by: enrolmentId, usedBefore: before },
    });
    return this.row(media);
  }

  /** The health line: degraded while a configured medium is low or out, saying which. */
  health(): HealthCheck {
    const problems = this.list()
      .filter((c) => this.options.devicesConfig[c.device].driver !== 'none' && c.level !== 'ok')
      .map((c) => `${c.media} ${c.level} (${c.percentLeft}% left${c.levelFrom ? `, from ${c.levelFrom}` : ''})`);
    return problems.length === 0
      ? { name: 'consumables', level: 'ok', detail: 'paper above the low thresholds' }
      : { name: 'consumables', level: 'degraded', detail: `paper: ${problems.join('; ')}`.slice(0, 500) };
  }
}
