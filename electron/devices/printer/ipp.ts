/**
 * A small IPP/1.1 client (RFC 8010/8011) for what the CUPS driver asks the scheduler: printer state and
 * printer-state-reasons (paper, jam, offline, paused), and the state of one job. Binary encoding by hand,
 * no dependency; the parser skips what it does not need (collections, unknown tags) and never throws on
 * malformed input (returns undefined).
 */
export const IppOperation = {
  getPrinterAttributes: 0x000b,
  getJobAttributes: 0x0009,
  cancelJob: 0x0008,
} as const;

export const IppTag = {
  operation: 0x01,
  job: 0x02,
  end: 0x03,
  printer: 0x04,
  unsupported: 0x05,
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  begCollection: 0x34,
  endCollection: 0x37,
  text: 0x41,
  name: 0x42,
  keyword: 0x44,
  uri: 0x45,
  charset: 0x47,
  naturalLanguage: 0x48,
  memberName: 0x4a,
} as const;

export type IppValue = string | number | boolean;

export interface IppAttribute {
  readonly tag: number;
  readonly name: string;
  readonly value: IppValue;
}

export interface IppRequestAttribute {
  readonly tag: number;
  readonly name: string;
  readonly values: readonly IppValue[];
}

export function encodeIppRequest(
  operation: number,
  requestId: number,
  attributes: readonly IppRequestAttribute[],
): Uint8Array {
  const parts: number[] = [0x02, 0x00, operation >> 8, operation & 0xff, ...u32(requestId), IppTag.operation];
  const text = new TextEncoder();
  for (const attribute of attributes) {
    attribute.values.forEach((value, i) => {
      const name = i === 0 ? text.encode(attribute.name) : new Uint8Array(0);
      let bytes: number[];
      if (attribute.tag === IppTag.integer || attribute.tag === IppTag.enum) bytes = u32(Number(value));
      else if (attribute.tag === IppTag.boolean) bytes = [value ? 1 : 0];
      else bytes = [...text.encode(String(value))];
      parts.push(
        attribute.tag,
        name.length >> 8,
        name.length & 0xff,
        ...name,
        bytes.length >> 8,
        bytes.length & 0xff,
        ...bytes,
      );
    });
  }
  parts.push(IppTag.end);
  return Uint8Array.from(parts);
}

export interface IppResponse {
  readonly statusCode: number;
  readonly requestId: number;
  /** Attributes by group, in order; multi-valued attributes repeat with the same name. */
  readonly groups: ReadonlyArray<{ readonly tag: number; readonly attributes: IppAttribute[] }>;
}

export function decodeIppResponse(bytes: Uint8Array): IppResponse | undefined {
  if (bytes.length < 9) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const statusCode = view.getUint16(2);
  const requestId = view.getUint32(4);
  const groups: Array<{ tag: number; attributes: IppAttribute[] }> = [];
  const text = new TextDecoder();
  let at = 8;
  let group: { tag: number; attributes: IppAttribute[] } | undefined;
  let lastName = '';
  let depth = 0;
  while (at < bytes.length) {
    const tag = bytes[at] ?? 0;
    at += 1;
    if (tag === IppTag.end) return { statusCode, requestId, groups };
    if (tag < 0x10) {
      group = { tag, attributes: [] };
      groups.push(group);
      continue;
    }
    if (at + 2 > bytes.length) return undefined;
    const nameLength = view.getUint16(at);
    at += 2;
    if (at + nameLength + 2 > bytes.length) return undefined;
    const name = nameLength > 0 ? text.decode(bytes.subarray(at, at + nameLength)) : lastName;
    at += nameLength;
    const valueLength = view.getUint16(at);
    at += 2;
    if (at + valueLength > bytes.length) return undefined;
    const raw = bytes.subarray(at, at + valueLength);
    at += valueLength;
    if (tag === IppTag.begCollection) {
      depth += 1;
      continue;
    }
    if (tag === IppTag.endCollection) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0 || tag === IppTag.memberName) continue; // collection members: not needed here
    if (nameLength > 0) lastName = name;
    let value: IppValue;
    if ((tag === IppTag.integer || tag === IppTag.enum) && valueLength === 4) value = view.getInt32(at - 4);
    else if (tag === IppTag.boolean && valueLength === 1) value = raw[0] === 1;
    else if (tag >= 0x10 && tag < 0x20)
      value = ''; // out-of-band: unknown / no-value
    else value = text.decode(raw);
    group?.attributes.push({ tag, name, value });
  }
  return undefined; // no end-of-attributes tag: truncated
}

/** All values of an attribute across groups. */
export function ippValues(response: IppResponse, name: string): IppValue[] {
  return response.groups.flatMap((g) => g.attributes.filter((a) => a.name === name).map((a) => a.value));
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

export const IppStatus = {
  ok: 0x0000,
  okIgnored: 0x0001,
  notFound: 0x0406,
} as const;

export const JobState = {
  pending: 3,
  held: 4,
  processing: 5,
  stopped: 6,
  canceled: 7,
  aborted: 8,
  completed: 9,
} as const;
export const PrinterState = { idle: 3, processing: 4, stopped: 5 } as const;

export interface IppClientOptions {
  /** http(s)://host:port of the scheduler. */
  readonly server: string;
  readonly timeoutMs: number;
}

let nextRequestId = 1;

/** One IPP request over HTTP POST; undefined on any transport or decoding problem (with the reason). */
export async function ippRequest(
  options: IppClientOptions,
  path: string,
  operation: number,
  attributes: readonly IppRequestAttribute[],
  signal?: AbortSignal,
): Promise<{ ok: true; response: IppResponse } | { ok: false; problem: string; unreachable: boolean }> {
  const requestId = nextRequestId++;
  const body = encodeIppRequest(operation, requestId, attributes);
  try {
    const response = await fetch(new URL(path, options.server), {
      method: 'POST',
      headers: { 'Content-Type': 'application/ipp' },
      body: body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
      signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(signal ? [signal] : [])]),
    });
    if (!response.ok)
      return { ok: false, problem: `HTTP ${response.status} from ${options.server}${path}`, unreachable: false };
    const decoded = decodeIppResponse(new Uint8Array(await response.arrayBuffer()));
    if (!decoded) return { ok: false, problem: 'malformed IPP response', unreachable: false };
    return { ok: true, response: decoded };
  } catch (error) {
    const inner = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }).cause;
    const cause = inner?.code ?? inner?.errors?.[0]?.code ?? inner?.message ?? (error as Error).name;
    return { ok: false, problem: `scheduler at ${options.server} not reachable (${cause})`, unreachable: true };
  }
}

/** The operation attributes every request starts with. */
export function baseAttributes(printerUri: string, user = 'kiosk'): IppRequestAttribute[] {
  return [
    { tag: IppTag.charset, name: 'attributes-charset', values: ['utf-8'] },
    { tag: IppTag.naturalLanguage, name: 'attributes-natural-language', values: ['en'] },
    { tag: IppTag.uri, name: 'printer-uri', values: [printerUri] },
    { tag: IppTag.name, name: 'requesting-user-name', values: [user] },
  ];
}
