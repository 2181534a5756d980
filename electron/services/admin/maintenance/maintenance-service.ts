import type { MaintenanceLength, MaintenanceState } from '../../../../shared/contract/admin-settings.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Logger } from '../../log/logger.js';
import type { KioskStore } from '../../store/store.js';

/** The settings-table key that keeps maintenance mode across a restart. */
export const MAINTENANCE_SETTING = 'console.maintenance';

interface Stored {
  readonly since: number;
  /** Absent: until a technician turns it off. */
  readonly until?: number;
}

type Listener = (state: MaintenanceState) => void;

/** The longest a timer is set for at once; a longer wait is set again when it fires (setTimeout's limit is ~24.8 days). */
const MAX_TIMER_MS = 6 * 3600 * 1000;

/**
 * Maintenance mode (技术员): while on, citizens see 本机正在维护 with the site's other channels and main refuses
 * every call that starts or carries a citizen's flow (citizen-gate.ts). It is kept in the store's settings table,
 * so a restart keeps it; with an end time it ends by itself then (also when that time passed while the kiosk was
 * off), audited as the system's doing.
 */
export class MaintenanceService {
  private state: Stored | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly options: { readonly store: KioskStore; readonly audit: AuditLog; readonly logger: Logger },
  ) {
    const stored = options.store.getSetting<Stored>(MAINTENANCE_SETTING);
    this.state =
      stored && typeof stored.since === 'number' && (stored.until === undefined || typeof stored.until === 'number')
        ? stored
        : undefined;
    if (this.state) this.schedule();
  }

  private now(): number {
    return this.options.store.clock.now();
  }

  /** On now (an end time already passed counts as off, even before its timer fires). */
  isOn(): boolean {
    if (!this.state) return false;
    return this.state.until === undefined || this.state.until > this.now();
  }

  read(): MaintenanceState {
    if (!this.state || !this.isOn()) return { on: false };
    return {
      on: true,
      since: new Date(this.state.since).toISOString(),
      ...(this.state.until !== undefined ? { until: new Date(this.state.until).toISOString() } : {}),
    };
  }

  /** For the page's configuration: absent when off. */
  publicState(): { since: string; until?: string } | undefined {
    const state = this.read();
    return state.on && state.since ? { since: state.since, ...(state.until ? { until: state.until } : {}) } : undefined;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  turnOn(length: MaintenanceLength, by: string): MaintenanceState {
    const since = this.now();
    const next: Stored = length === 'untilOff' ? { since } : { since, until: since + length * 60_000 };
    this.options.store.transaction(() => {
      this.options.store.setSetting(MAINTENANCE_SETTING, next);
      this.options.audit.record({
        actor: 'admin',
        action: 'admin.maintenanceOn',
        detail: { by, minutes: length === 'untilOff' ? undefined : length, untilOff: length === 'untilOff' },
      });
    });
    this.state = next;
    this.schedule();
    this.changed();
    return this.read();
  }

  turnOff(by: string): MaintenanceState {
    const wasOn = this.isOn();
    this.options.store.transaction(() => {
      this.options.store.setSetting(MAINTENANCE_SETTING, null);
      this.options.audit.record({ actor: 'admin', action: 'admin.maintenanceOff', detail: { by, wasOn } });
    });
    this.clear();
    this.changed();
    return this.read();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }

  private clear(): void {
    this.state = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const until = this.state?.until;
    if (until === undefined) return;
    const wait = until - this.now();
    if (wait <= 0) return this.expire();
    this.timer = setTimeout(() => this.schedule(), Math.min(wait, MAX_TIMER_MS));
    this.timer.unref?.();
  }

  private expire(): void {
    try {
      this.options.store.transaction(() => {
        this.options.store.setSetting(MAINTENANCE_SETTING, null);
        this.options.audit.record({ actor: 'system', action: 'maintenance.ended', detail: { reason: 'timeUp' } });
      });
    } catch (error) {
      this.options.logger.error(`maintenance: could not record its end: ${(error as Error).message.slice(0, 120)}`);
    }
    this.clear();
    this.options.logger.info('maintenance: ended at its set time');
    this.changed();
  }

  private changed(): void {
    const state = this.read();
    for (const listener of this.listeners) listener(state);
  }
}
