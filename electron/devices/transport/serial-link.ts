import { watch as watchFs } from 'node:fs';
import { SerialPort } from 'serialport';
import type { UsbMatch } from '../../../shared/devices/device-config.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { type Completion, failed } from '../core/completion.js';
import { ByteLinkBase } from './byte-link-base.js';
import type { PortInfo, PortLister } from './port-info.js';
import { fallbackPortLister, sysfsPortLister } from './port-listing.js';
import type { ByteLink, LinkOpener, OpenProblem } from './link.js';

/**
 * Serial ports through `serialport` (native binding). Imported only by drivers that need it, which by default
 * run in their own device-host process (see host/device-host.ts), so a crashing binding or a port that wedges
 * the event loop takes down that process, not the kiosk.
 */
export type { PortInfo, PortLister } from './port-info.js';

/** `serialport`'s listing (udevadm on Linux), falling back to sysfs where udevadm is missing. */
export const systemPortLister: PortLister = fallbackPortLister(async () => SerialPort.list(), sysfsPortLister());

/** Ports that match the profile's USB ids (all ports when the profile only says probe). */
export function matchingPorts(ports: readonly PortInfo[], match: UsbMatch): PortInfo[] {
  const same = (a: string | undefined, b: string | undefined) =>
    b === undefined || (a ?? '').toLowerCase() === b.toLowerCase();
  return ports.filter(
    (p) =>
      same(p.vendorId, match.vendorId) &&
      same(p.productId, match.productId) &&
      same(p.serialNumber, match.serialNumber),
  );
}

class SerialLink extends ByteLinkBase {
  constructor(
    private readonly port: SerialPort,
    readonly description: string,
  ) {
    super();
    port.on('data', (chunk: Buffer) => this.received(new Uint8Array(chunk)));
    port.on('close', (error?: Error & { disconnected?: boolean }) =>
      this.shut(error?.disconnected ? 'device disconnected' : 'port closed'),
    );
    // Read errors end in 'close' (disconnected); write errors reach write()'s callback. Keep 'error' from throwing.
    port.on('error', () => undefined);
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<Completion<void>> {
    if (this.isClosed) return Promise.resolve(failed('linkError', `${this.description} is closed`));
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => resolve(failed('noAnswer', `${this.description}: write did not drain within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.port.write(Buffer.from(bytes), (error) => {
        if (error) {
          clearTimeout(timer);
          resolve(failed('linkError', `${this.description}: write failed: ${error.message}`));
          return;
        }
        this.port.drain((drainError) => {
          clearTimeout(timer);
          resolve(
            drainError
              ? failed('linkError', `${this.description}: drain failed: ${drainError.message}`)
              : ok(undefined),
          );
        });
      });
    });
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) {
      this.shut('closed');
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1_000);
      this.port.close(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.shut('closed');
  }
}

export interface SerialOpenerOptions {
  readonly match: UsbMatch;
  readonly baudRate: number;
  /** Discovery source; the OS's list by default. Tests pass pseudo-terminals here (they have no USB ids). */
  readonly lister?: PortLister;
  readonly openTimeoutMs?: number;
  /** Folder to watch for hot-plug arrivals (Linux /dev); none on other systems, where back-off polling finds it. */
  readonly watchDir?: string | undefined;
}

/** Finds the port by USB ids (never by a fixed path), opens it 8N1 with an exclusive lock, optionally probes it. */
export class SerialLinkOpener implements LinkOpener {
  readonly description: string;

  constructor(private readonly options: SerialOpenerOptions) {
    const { vendorId, productId, serialNumber, probe } = options.match;
    const ids = [vendorId ?? '*', productId ?? '*'].join(':');
    this.description = `serial ${ids}${serialNumber ? ` sn ${serialNumber}` : ''}${probe ? ' (probe)' : ''} @${options.baudRate}`;
  }

  async open(
    probe?: (link: ByteLink, signal: AbortSignal) => Promise<boolean>,
    signal?: AbortSignal,
  ): Promise<Result<ByteLink, OpenProblem>> {
    let ports: readonly PortInfo[];
    try {
      ports = await (this.options.lister ?? systemPortLister)();
    } catch (error) {
      return err('openFailed', `listing serial ports failed: ${(error as Error).message}`);
    }
    const candidates = matchingPorts(ports, this.options.match);
    if (candidates.length === 0) return err('noDevice', `no serial port matches ${this.description}`);
    const mustProbe = this.options.match.probe || candidates.length > 1;
    let lastProblem = '';
    for (const candidate of candidates) {
      if (signal?.aborted) break;
      const opened = await this.openPort(candidate);
      if (!opened.ok) {
        lastProblem = opened.error.message;
        continue;
      }
      if (probe && mustProbe && !(await probe(opened.value, signal ?? new AbortController().signal))) {
        lastProblem = `${candidate.path} did not answer the probe`;
        await opened.value.close();
        continue;
      }
      return opened;
    }
    return err('openFailed', lastProblem || `${this.description}: open aborted`);
  }

  private openPort(info: PortInfo): Promise<Result<ByteLink, OpenProblem>> {
    const ids = info.vendorId ? ` ${info.vendorId}:${info.productId ?? '?'}` : '';
    const description = `${info.path}${ids}`;
    return new Promise((resolve) => {
      const port = new SerialPort({
        path: info.path,
        baudRate: this.options.baudRate,
        dataBits: 8,
        parity: 'none',
        stopBits: 1,
        autoOpen: false,
        lock: true,
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        resolve(err('openFailed', `${description}: open took longer than ${this.options.openTimeoutMs ?? 3_000} ms`));
      }, this.options.openTimeoutMs ?? 3_000);
      port.open((error) => {
        clearTimeout(timer);
        if (timedOut) {
          if (!error) port.close(() => undefined); // opened after we gave up: do not leak it
          return;
        }
        if (error) resolve(err('openFailed', `${description}: ${error.message}`));
        else resolve(ok(new SerialLink(port, description)));
      });
    });
  }

  watch(onArrival: () => void): () => void {
    const dir = this.options.watchDir ?? (process.platform === 'linux' ? '/dev' : undefined);
    if (!dir) return () => undefined;
    try {
      let timer: NodeJS.Timeout | undefined;
      const watcher = watchFs(dir, () => {
        // udev creates several nodes per device; settle, then try once.
        clearTimeout(timer);
        timer = setTimeout(onArrival, 300);
      });
      watcher.on('error', () => watcher.close());
      return () => {
        clearTimeout(timer);
        watcher.close();
      };
    } catch {
      return () => undefined;
    }
  }
}
