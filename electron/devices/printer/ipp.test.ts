import { describe, expect, it } from 'vitest';
import { baseAttributes, decodeIppResponse, encodeIppRequest, IppOperation, IppTag, ippValues } from './ipp.js';
import { interpretIppPrinter } from './printer-condition.js';

function attr(tag: number, name: string, value: number[] | string): number[] {
  const n = [...new TextEncoder().encode(name)];
  const v = typeof value === 'string' ? [...new TextEncoder().encode(value)] : value;
  return [tag, n.length >> 8, n.length & 0xff, ...n, v.length >> 8, v.length & 0xff, ...v];
}

describe('IPP encoding', () => {
  it('encodes a Get-Printer-Attributes request byte by byte', () => {
    const bytes = encodeIppRequest(IppOperation.getPrinterAttributes, 7, [
      { tag: IppTag.charset, name: 'attributes-charset', values: ['utf-8'] },
      { tag: IppTag.keyword, name: 'requested-attributes', values: ['printer-state', 'printer-state-reasons'] },
    ]);
    expect([...bytes.subarray(0, 9)]).toEqual([0x02, 0x00, 0x00, 0x0b, 0, 0, 0, 7, 0x01]);
    const rest = [...bytes.subarray(9)];
    expect(rest).toEqual([
      ...attr(0x47, 'attributes-charset', 'utf-8'),
      ...attr(0x44, 'requested-attributes', 'printer-state'),
      0x44,
      0x00,
      0x00,
      0x00,
      0x15,
      ...new TextEncoder().encode('printer-state-reasons'), // additional value: empty name
      0x03,
    ]);
  });

  it('decodes a response with enums, booleans, multi-valued keywords and a skipped collection', () => {
    const body = [
      0x02,
      0x00,
      0x00,
      0x00,
      0,
      0,
      0,
      7,
      0x01,
      ...attr(0x47, 'attributes-charset', 'utf-8'),
      0x04,
      ...attr(0x23, 'printer-state', [0, 0, 0, 5]),
      ...attr(0x44, 'printer-state-reasons', 'paused'),
      ...attr(0x44, '', 'media-low-warning'),
      ...attr(0x22, 'printer-is-accepting-jobs', [1]),
      ...attr(0x34, 'media-col-default', []),
      ...attr(0x4a, '', 'media-size'),
      ...attr(0x34, '', []),
      ...attr(0x37, '', []),
      ...attr(0x37, '', []),
      0x03,
    ];
    const response = decodeIppResponse(Uint8Array.from(body));
    expect(response?.statusCode).toBe(0);
    expect(ippValues(response!, 'printer-state')).toEqual([5]);
    expect(ippValues(response!, 'printer-state-reasons')).toEqual(['paused', 'media-low-warning']);
    expect(ippValues(response!, 'printer-is-accepting-jobs')).toEqual([true]);
    expect(ippValues(response!, 'media-size')).toEqual([]);
  });

  it('returns undefined for truncated input instead of throwing', () => {
    const full = encodeIppRequest(IppOperation.getJobAttributes, 1, baseAttributes('ipp://localhost/printers/x'));
    for (let n = 0; n < full.length - 1; n += 7) expect(decodeIppResponse(full.subarray(0, n))).toBeUndefined();
  });
});

describe('printer-state-reasons → kiosk status', () => {
  const base = { queue: 'q', state: 3, accepting: true };
  it.each([
    [['none'], 'online', 'full', undefined],
    [['media-low-report'], 'online', 'low', undefined],
    [['media-empty-error'], 'online', 'out', 'paperOut'],
    [['media-needed'], 'online', 'out', 'paperOut'],
    [['media-jam-error'], 'hardwareError', 'jammed', 'paperJam'],
    [['door-open-error'], 'userError', 'full', 'coverOpen'],
    [['toner-empty-error'], 'hardwareError', 'full', 'printerFault'],
    [['offline-report'], 'offline', 'unknown', 'offline'],
    [['paused'], 'offline', 'unknown', 'offline'],
  ])('%j → %s, paper %s', (reasons, status, paper, refuse) => {
    const condition = interpretIppPrinter({ ...base, reasons });
    expect(condition).toMatchObject({ status, paper });
    expect(condition.refuse).toBe(refuse);
  });

  it('a queue that is not accepting jobs or is stopped is offline', () => {
    expect(interpretIppPrinter({ ...base, reasons: ['none'], accepting: false })).toMatchObject({
      status: 'offline',
      refuse: 'offline',
    });
    expect(interpretIppPrinter({ ...base, state: 5, reasons: ['none'] })).toMatchObject({
      status: 'offline',
      refuse: 'offline',
    });
  });
});
