import { type DeviceReason, deviceReasons } from '../../../shared/devices/device-failure.js';
import type { DeviceStatus, PaperState } from '../../../shared/devices/device-status.js';
import type { StatusChange } from '../core/status-tracker.js';

/**
 * What a printer's reported state means for the kiosk: a status, the paper state, and — when it cannot take
 * a job — the reason a print is refused with. Shared by the spooler drivers (CUPS, Windows) and ESC/POS.
 */
export interface PrinterCondition {
  readonly status: DeviceStatus;
  readonly paper: PaperState;
  readonly detail: string;
  /** Set when a new job must be refused now. */
  readonly refuse?: DeviceReason;
}

export function conditionToChange(condition: PrinterCondition): StatusChange {
  const refuse = condition.refuse;
  return {
    status: condition.status,
    state: { paper: condition.paper },
    detail: condition.detail,
    ...(refuse
      ? { problem: { errorClass: refuse === 'coverOpen' ? 'user' : 'hardware', action: deviceReasons[refuse].action } }
      : condition.status === 'online' || condition.status === 'busy'
        ? {}
        : { problem: { errorClass: 'hardware', action: 'maintenance' } }),
  };
}

/**
 * IPP printer-state (3 idle, 4 processing, 5 stopped), printer-state-reasons (RFC 8011 §5.4.12, with their
 * -report / -warning / -error suffixes) and printer-is-accepting-jobs, as CUPS reports them.
 */
export function interpretIppPrinter(input: {
  readonly queue: string;
  readonly state: number | undefined;
  readonly reasons: readonly string[];
  readonly accepting: boolean | undefined;
  readonly message?: string;
}): PrinterCondition {
  const reasons = new Set(input.reasons.map((r) => r.replace(/-(report|warning|error)$/, '')));
  const shown = input.reasons.filter((r) => r !== 'none').join(', ') || 'none';
  const detail = `queue ${input.queue}: ${stateName(input.state)}; reasons ${shown}${input.accepting === false ? '; not accepting jobs' : ''}`;
  const has = (...names: string[]) => names.some((n) => reasons.has(n));
  if (has('media-jam')) return { status: 'hardwareError', paper: 'jammed', detail, refuse: 'paperJam' };
  if (has('media-empty', 'media-needed')) return { status: 'online', paper: 'out', detail, refuse: 'paperOut' };
  const paper: PaperState = has('media-low') ? 'low' : 'full';
  if (has('cover-open', 'door-open', 'interlock-open'))
    return { status: 'userError', paper, detail, refuse: 'coverOpen' };
  if (
    has(
      'toner-empty',
      'marker-supply-empty',
      'cups-missing-filter',
      'cups-insecure-filter',
      'fuser-over-temp',
      'fuser-under-temp',
    )
  ) {
    return { status: 'hardwareError', paper, detail, refuse: 'printerFault' };
  }
  if (
    has('paused', 'offline', 'shutdown', 'connecting-to-device', 'moving-to-paused', 'timed-out') ||
    input.accepting === false
  ) {
    return { status: 'offline', paper: has('media-low') ? 'low' : 'unknown', detail, refuse: 'offline' };
  }
  if (input.state === 5) return { status: 'offline', paper: 'unknown', detail, refuse: 'offline' };
  return { status: 'online', paper, detail };
}

function stateName(state: number | undefined): string {
  return state === 3 ? 'idle' : state === 4 ? 'processing' : state === 5 ? 'stopped' : 'unknown state';
}
