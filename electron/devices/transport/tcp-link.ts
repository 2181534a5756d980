import { connect, type Socket } from 'node:net';
import { err, ok, type Result } from '../../../shared/result.js';
import { type Completion, failed } from '../core/completion.js';
import { ByteLinkBase } from './byte-link-base.js';
import type { ByteLink, LinkOpener, OpenProblem } from './link.js';

/** A raw TCP link (ESC/POS printers on port 9100). No native code: runs in the backend. */
class TcpLink extends ByteLinkBase {
  constructor(
    private readonly socket: Socket,
    readonly description: string,
  ) {
    super();
    socket.on('data', (chunk: Buffer) => this.received(new Uint8Array(chunk)));
    socket.on('error', (error) => this.shut(`socket error: ${error.message}`));
    socket.on('close', () => this.shut('connection closed'));
    socket.on('end', () => this.shut('peer closed the connection'));
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<Completion<void>> {
    if (this.isClosed) return Promise.resolve(failed('linkError', `${this.description} is closed`));
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => resolve(failed('noAnswer', `${this.description}: write did not complete within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.socket.write(bytes, (error) => {
        clearTimeout(timer);
        resolve(error ? failed('linkError', `${this.description}: write failed: ${error.message}`) : ok(undefined));
      });
    });
  }

  protected override release(): void {
    this.socket.destroy();
  }

  async close(): Promise<void> {
    this.shut('closed by the host');
  }
}

export class TcpLinkOpener implements LinkOpener {
  readonly description: string;

  constructor(private readonly options: { host: string; port: number; connectTimeoutMs?: number }) {
    this.description = `tcp ${options.host}:${options.port}`;
  }

  /** The link once the probe (if any) accepts it; a probe that fails or throws closes it. */
  private async probed(
    link: TcpLink,
    probe: ((link: ByteLink, signal: AbortSignal) => Promise<boolean>) | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Result<ByteLink, OpenProblem>> {
    if (!probe) return ok(link);
    const answered = await probe(link, signal ?? new AbortController().signal).catch(() => false);
    if (answered) return ok(link);
    await link.close();
    return err('openFailed', `${this.description}: did not answer the probe`);
  }

  open(
    probe?: (link: ByteLink, signal: AbortSignal) => Promise<boolean>,
    signal?: AbortSignal,
  ): Promise<Result<ByteLink, OpenProblem>> {
    const timeoutMs = this.options.connectTimeoutMs ?? 3_000;
    return new Promise((resolve) => {
      const socket = connect({ host: this.options.host, port: this.options.port });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(err('openFailed', `${this.description}: no connection within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        // Refused or unreachable: the printer is off or unplugged from the network.
        resolve(err('noDevice', `${this.description}: ${error.code ?? error.message}`));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        socket.setKeepAlive(true, 5_000);
        void this.probed(new TcpLink(socket, this.description), probe, signal).then(resolve);
      });
    });
  }
}
