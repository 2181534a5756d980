import type { DriverKind } from '../../../shared/devices/device-status.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import type { BackoffOptions } from '../core/backoff.js';
import { type Completion, failed } from '../core/completion.js';
import type { ConnectProblem, Session } from '../core/connection-loop.js';
import { LinkedDevice } from '../core/linked-device.js';
import type { ScannerDevice } from '../device.js';
import type { ByteLink, LinkOpener } from '../transport/link.js';
import { LineFramer, type Terminator } from './line-framer.js';

export interface SerialScannerOptions {
  readonly opener: LinkOpener;
  readonly terminator: Terminator;
  readonly encoding: 'utf-8' | 'gb18030';
  readonly backoff: BackoffOptions;
  readonly logger: Logger;
  readonly driver?: DriverKind;
}

/**
 * A QR / barcode scanner in serial (virtual COM) mode. Scanners do not answer queries, so presence is the
 * link itself: found by USB ids and open = on; unplugged = noDevice, found again on replug. Codes read while
 * reads are off are dropped, so a code cannot land on a screen that did not ask for one. Codes are not logged.
 */
export class SerialScanner extends LinkedDevice<Session & { link: ByteLink }> implements ScannerDevice {
  readonly deviceClass = 'qrScanner' as const;
  readonly driver: DriverKind;
  private enabled = false;

  constructor(private readonly options: SerialScannerOptions) {
    const driver = options.driver ?? 'serialScanner';
    super({
      device: 'qrScanner',
      driver,
      simulated: false,
      state: { kind: 'scanner', scanner: 'off' },
      source: options.opener,
      unlinkedState: { scanner: 'inoperative' },
      noDeviceAction: 'checkConnection',
      backoff: options.backoff,
    });
    this.driver = driver;
  }

  async setEnabled(enabled: boolean): Promise<Completion<'on' | 'off' | 'inoperative'>> {
    this.enabled = enabled;
    if (!this.loop.session) return ok('inoperative');
    this.tracker.update({ state: { scanner: enabled ? 'on' : 'off' } });
    return ok(enabled ? 'on' : 'off');
  }

  wedgeScan(): Completion<boolean> {
    return failed('unsupportedCommand', 'this scanner is in serial mode, not keyboard-wedge mode');
  }

  protected async connect(signal: AbortSignal): Promise<Result<Session & { link: ByteLink }, ConnectProblem>> {
    const opened = await this.options.opener.open(undefined, signal);
    if (!opened.ok) return err(opened.error.code === 'noDevice' ? 'noDevice' : 'offline', opened.error.message);
    const link = opened.value;
    const framer = new LineFramer(this.options.terminator, this.options.encoding);
    link.onData((chunk) => {
      const { codes, dropped } = framer.push(chunk);
      if (dropped > 0) this.options.logger.warn(`scanner: dropped ${dropped} over-long line(s)`);
      if (!this.enabled) return;
      for (const code of codes) this.events.emit({ type: 'scan', code, source: 'serial' });
    });
    this.tracker.update({
      status: 'online',
      state: { scanner: this.enabled ? 'on' : 'off' },
      detail: `open on ${link.description}`,
    });
    this.options.logger.info(`scanner connected on ${link.description}`);
    return ok({ link, closed: new Promise<string>((resolve) => link.onClose(resolve)), close: () => link.close() });
  }

  protected async run(session: Session, signal: AbortSignal): Promise<void> {
    await new Promise<void>((resolve) => {
      signal.addEventListener('abort', () => resolve(), { once: true });
      void session.closed.then(() => resolve());
    });
  }
}
