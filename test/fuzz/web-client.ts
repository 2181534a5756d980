import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';

/**
 * The web host's side of the fuzzer needs two clients: node:http for well-formed requests with any headers
 * (one keep-alive connection, like the page's), and a raw socket for what no HTTP client will send (bad
 * request lines, missing Host, smuggling headers, WebSocket frames written by hand).
 */
export interface HttpReply {
  readonly status: number;
  readonly body: string;
}

export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(readonly port: number) {}

  send(options: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string | Buffer;
    timeoutMs?: number;
  }): Promise<HttpReply> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: options.method,
          path: options.path,
          headers: options.headers,
          agent: this.agent,
          setHost: !Object.keys(options.headers).some((h) => h.toLowerCase() === 'host'),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= 16 * 1024 * 1024) chunks.push(chunk);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      if (options.body !== undefined) req.end(options.body);
      else req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface RawReply {
  /** What the server wrote, as latin1 text (first 64 KB). */
  readonly text: string;
  /** The server closed the connection (rather than our giving up). */
  readonly closedByServer: boolean;
}

/**
 * Writes bytes on a fresh connection and collects the answer until the server closes, a complete HTTP
 * response has arrived (`untilResponse`), or `waitMs` passed; then the socket is destroyed.
 */
export function rawExchange(
  port: number,
  chunks: ReadonlyArray<string | Buffer>,
  options: { waitMs?: number; untilResponse?: boolean; until?: (text: string) => boolean } = {},
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let finished = false;
    const finish = (closedByServer: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closedByServer });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 1_000);
    socket.on('data', (chunk) => {
      if (text.length < 64 * 1024) text += chunk.toString('latin1');
      if (options.untilResponse && completeResponse(text)) finish(false);
      else if (options.until?.(text)) finish(false);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

/** `count` complete responses have arrived (pipelined requests). */
export function responses(count: number): (text: string) => boolean {
  return (text) =>
    (text.match(/HTTP\/1\.[01] \d{3}/g) ?? []).length >= count &&
    completeResponse(text.slice(text.lastIndexOf('HTTP/1.')));
}

/** A response's head has ended and its Content-Length (or none, for a body-less status) is there. */
export function completeResponse(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = text.slice(0, end);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) return text.length - end - 4 >= Number(length[1]);
  return /^HTTP\/1\.1 (101|1\d\d|204|304)/.test(head) || /\r\ntransfer-encoding:/i.test(head) === false;
}

export function statusOf(raw: string): number | undefined {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

/** A WebSocket frame as a client writes it (masked unless told otherwise). */
export function frame(options: {
  opcode: number;
  payload: Buffer;
  fin?: boolean;
  masked?: boolean;
  rsv?: number;
  /** Claim this length in the header instead of the payload's. */
  claimedLength?: bigint;
}): Buffer {
  const { opcode, payload } = options;
  const fin = options.fin ?? true;
  const masked = options.masked ?? true;
  const length = options.claimedLength ?? BigInt(payload.length);
  const head: number[] = [(fin ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (opcode & 0x0f)];
  const maskBit = masked ? 0x80 : 0;
  let extended: Buffer;
  if (length < 126n) {
    head.push(maskBit | Number(length));
    extended = Buffer.alloc(0);
  } else if (length < 65536n) {
    head.push(maskBit | 126);
    extended = Buffer.alloc(2);
    extended.writeUInt16BE(Number(length));
  } else {
    head.push(maskBit | 127);
    extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(length);
  }
  const mask = masked ? Buffer.from([0x12, 0x34, 0x56, 0x78]) : Buffer.alloc(0);
  const body = masked ? Buffer.from(payload.map((b, i) => b ^ (mask[i % 4] as number))) : payload;
  return Buffer.concat([Buffer.from(head), extended, mask, body]);
}

/** The close code of the first close frame the server sent after its 101, if any. */
export function closeCodeOf(raw: string): number | undefined {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const bytes = Buffer.from(raw.slice(end + 4), 'latin1');
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = (bytes[at] as number) & 0x0f;
    let length = (bytes[at + 1] as number) & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) return undefined;
    if (opcode === 0x8) return length >= 2 && offset + 2 <= bytes.length ? bytes.readUInt16BE(offset) : 1005;
    at = offset + length;
  }
  return undefined;
}

/** Percent-encodes every byte of the UTF-8 form except unreserved characters (a lone surrogate becomes U+FFFD). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
