import {
  baseAttributes,
  type IppResponse,
  ippRequest,
  IppOperation,
  IppStatus,
  IppTag,
  ippValues,
} from '../../../devices/printer/ipp.js';

/**
 * What a CUPS queue says about its supplies: marker-names with marker-levels (and marker-types,
 * marker-low-levels) as the backend or the printer's SNMP/IPP reports them, and printer-state-reasons
 * (media-low, media-empty, toner-low, marker-supply-low …). Asked with the driver's own small IPP client
 * (electron/devices/printer/ipp.ts). Many queues (cups-pdf, a USB printer without status) report no markers.
 */
export interface PrinterSupplies {
  readonly markers: Array<{ name: string; level: number; kind?: string; lowLevel?: number }>;
  /** Keywords with their -report/-warning/-error suffix kept; "none" left out. */
  readonly reasons: string[];
}

export const SUPPLY_ATTRIBUTES = [
  'marker-names',
  'marker-levels',
  'marker-types',
  'marker-low-levels',
  'printer-state-reasons',
] as const;

const keyword = /^[a-z0-9-]{1,80}$/;

/** Reads the supply attributes of a Get-Printer-Attributes reply; never throws. */
export function parseSupplies(response: IppResponse): PrinterSupplies {
  const names = ippValues(response, 'marker-names').map(String);
  const levels = ippValues(response, 'marker-levels');
  const kinds = ippValues(response, 'marker-types').map(String);
  const lows = ippValues(response, 'marker-low-levels');
  const markers = levels.slice(0, 16).map((raw, i) => {
    const level = typeof raw === 'number' && Number.isInteger(raw) ? Math.max(-3, Math.min(100, raw)) : -2;
    const low = lows[i];
    const kind = kinds[i];
    return {
      name: (names[i] ?? `marker ${i + 1}`).replace(/[\u0000-\u001f]/g, '').slice(0, 60),
      level,
      ...(kind && keyword.test(kind) ? { kind: kind.slice(0, 40) } : {}),
      ...(typeof low === 'number' && low >= 0 && low <= 100 ? { lowLevel: low } : {}),
    };
  });
  const reasons = ippValues(response, 'printer-state-reasons')
    .map(String)
    .filter((r) => r !== 'none' && keyword.test(r))
    .slice(0, 20);
  return { markers, reasons };
}

/** Asks the scheduler for a queue's supplies; undefined with the problem when it cannot be asked. */
export async function querySupplies(options: {
  readonly server: string;
  readonly queue: string;
  readonly timeoutMs: number;
}): Promise<{ ok: true; supplies: PrinterSupplies } | { ok: false; problem: string }> {
  const answer = await ippRequest(
    { server: options.server, timeoutMs: options.timeoutMs },
    `/printers/${encodeURIComponent(options.queue)}`,
    IppOperation.getPrinterAttributes,
    [
      ...baseAttributes(`ipp://localhost/printers/${options.queue}`),
      { tag: IppTag.keyword, name: 'requested-attributes', values: [...SUPPLY_ATTRIBUTES] },
    ],
  );
  if (!answer.ok) return { ok: false, problem: answer.problem };
  if (answer.response.statusCode === IppStatus.notFound) return { ok: false, problem: `no queue ${options.queue}` };
  if (answer.response.statusCode > 0xff) return { ok: false, problem: `IPP status ${answer.response.statusCode}` };
  return { ok: true, supplies: parseSupplies(answer.response) };
}

const base = (reason: string) => reason.replace(/-(report|warning|error)$/, '');

/** What the printer's own report says about the paper or the toner: out, low, or nothing to say. */
export function suppliesLevel(supplies: PrinterSupplies, lowPercent: number): 'out' | 'low' | undefined {
  const reasons = new Set(supplies.reasons.map(base));
  const has = (...names: string[]) => names.some((n) => reasons.has(n));
  if (has('media-empty', 'media-needed', 'toner-empty', 'marker-supply-empty')) return 'out';
  if (supplies.markers.some((m) => m.level === 0)) return 'out';
  if (has('media-low', 'toner-low', 'marker-supply-low')) return 'low';
  if (supplies.markers.some((m) => m.level > 0 && m.level <= (m.lowLevel ?? lowPercent))) return 'low';
  return undefined;
}
