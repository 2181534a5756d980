import { err, ok, type Result } from '../../../shared/result.js';
import { type Completion, failed } from '../core/completion.js';
import type { ConnectProblem, Session } from '../core/connection-loop.js';
import type { ByteLink, LinkOpener } from '../transport/link.js';
import { encodeRequest, parseResponse, SAM_DEFAULT_MAX_LENGTH, SamFrameDecoder, type SamRequest } from './sam-codec.js';

/**
 * One request, one reply: what the ID-card driver needs from a reader, whether it speaks SAM frames over a
 * serial port (SerialSamChannel) or hides them behind a vendor library (vendor-sdk.ts).
 */
export interface SamReply {
  readonly sw3: number;
  readonly data: Uint8Array;
}

export interface SamChannel extends Session {
  readonly description: string;
  /** Sends one command and waits for its reply; every failure (timeout, bad frame, closed link) is a value. */
  exchange(request: SamRequest, timeoutMs: number, signal?: AbortSignal): Promise<Completion<SamReply>>;
}

export interface SamConnector {
  readonly description: string;
  connect(
    probe: (channel: SamChannel, signal: AbortSignal) => Promise<boolean>,
    signal: AbortSignal,
  ): Promise<Result<SamChannel, ConnectProblem>>;
  watch?(onArrival: () => void): () => void;
}

interface Pending {
  readonly accept: (reply: SamReply) => boolean;
  settle(result: Completion<SamReply>): void;
}

/** SAM frames over a byte link. Replies that arrive when nobody waits (late answers after a timeout) are dropped. */
export class SerialSamChannel implements SamChannel {
  readonly closed: Promise<string>;
  private readonly decoder: SamFrameDecoder;
  private pending: Pending | undefined;

  constructor(
    private readonly link: ByteLink,
    maxFrameLength = SAM_DEFAULT_MAX_LENGTH,
  ) {
    this.decoder = new SamFrameDecoder(maxFrameLength);
    this.closed = new Promise((resolve) => link.onClose(resolve));
    link.onData((chunk) => this.onData(chunk));
    link.onClose((reason) => this.pending?.settle(failed('linkError', `${link.description}: ${reason}`)));
  }

  get description(): string {
    return this.link.description;
  }

  async close(): Promise<void> {
    await this.link.close();
  }

  async exchange(request: SamRequest, timeoutMs: number, signal?: AbortSignal): Promise<Completion<SamReply>> {
    if (this.pending) return failed('busy', 'a SAM command is already waiting for its reply');
    if (this.link.isClosed) return failed('linkError', `${this.link.description} is closed`);
    if (signal?.aborted) return failed('canceled', 'canceled before sending');
    this.decoder.reset(); // anything still buffered belongs to an earlier, finished command
    const name = `SAM ${hex(request.cmd)} ${hex(request.para)}`;
    const accept = plausibleReplyFor(request);
    let current: Pending | undefined;
    const reply = new Promise<Completion<SamReply>>((resolve) => {
      const timer = setTimeout(() => settle(failed('noAnswer', `${name}: no reply within ${timeoutMs} ms`)), timeoutMs);
      const onAbort = () => settle(failed('canceled', `${name} canceled`));
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (result: Completion<SamReply>) => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };
      const pending: Pending = { accept, settle };
      this.pending = pending;
      current = pending;
    });
    const written = await this.link.write(encodeRequest(request), timeoutMs);
    if (!written.ok) current?.settle(written);
    return reply;
  }

  private onData(chunk: Uint8Array): void {
    for (const decoded of this.decoder.push(chunk)) {
      const pending = this.pending;
      if (!pending) continue;
      if (decoded.kind === 'error') {
        pending.settle(
          failed(
            decoded.error === 'frameTooLong' ? 'frameTooLong' : 'badFrame',
            `reply rejected: ${decoded.error} (${decoded.detail})`,
          ),
        );
        continue;
      }
      const response = parseResponse(decoded.body);
      if (!response) {
        pending.settle(failed('badFrame', `reply of ${decoded.body.length} bytes has no status word`));
        continue;
      }
      const reply = { sw3: response.sw3, data: response.data };
      if (pending.accept(reply)) pending.settle(ok(reply));
    }
  }
}

/**
 * The protocol has no sequence numbers, so a reply that arrives late (after its command timed out) could be
 * taken for the next command's. Successful replies have a known data size per command; a reply of the wrong
 * shape is ignored and the wait goes on.
 */
function plausibleReplyFor(request: SamRequest): (reply: SamReply) => boolean {
  return (reply) => {
    if (reply.sw3 !== 0x90 && reply.sw3 !== 0x9f) return true; // failures carry no data
    if (request.cmd === 0x20 && request.para === 0x01) return reply.sw3 === 0x9f;
    if (request.cmd === 0x20 && request.para === 0x02) return reply.sw3 === 0x90 && reply.data.length === 8;
    if (request.cmd === 0x30) return reply.sw3 === 0x90 && reply.data.length >= 4;
    return reply.sw3 === 0x90;
  };
}

export class SerialSamConnector implements SamConnector {
  constructor(private readonly opener: LinkOpener) {}

  get description(): string {
    return this.opener.description;
  }

  async connect(
    probe: (channel: SamChannel, signal: AbortSignal) => Promise<boolean>,
    signal: AbortSignal,
  ): Promise<Result<SamChannel, ConnectProblem>> {
    const channels = new WeakMap<ByteLink, SerialSamChannel>();
    const channelFor = (link: ByteLink) => {
      let channel = channels.get(link);
      if (!channel) {
        channel = new SerialSamChannel(link);
        channels.set(link, channel);
      }
      return channel;
    };
    const opened = await this.opener.open((link, s) => probe(channelFor(link), s), signal);
    if (!opened.ok) return err(opened.error.code === 'noDevice' ? 'noDevice' : 'offline', opened.error.message);
    return ok(channelFor(opened.value));
  }

  watch(onArrival: () => void): () => void {
    return this.opener.watch?.(onArrival) ?? (() => undefined);
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
