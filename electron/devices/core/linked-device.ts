import type { RecommendedAction } from '../../../shared/devices/device-status.js';
import { ok, type Result } from '../../../shared/result.js';
import type { BackoffOptions } from './backoff.js';
import type { Completion } from './completion.js';
import { type ConnectProblem, ConnectionLoop, type Session } from './connection-loop.js';
import type { StatusChange, StatusTrackerInit } from './status-tracker.js';
import { TrackedDevice } from './tracked-device.js';

/** Where the device is looked for: a link opener or a SAM connector. */
export interface DeviceSource {
  readonly description: string;
  watch?(onArrival: () => void): () => void;
}

export interface LinkedDeviceInit extends Omit<StatusTrackerInit, 'status' | 'detail'> {
  readonly source: DeviceSource;
  /** The state fields that are unknown while there is no link (paper, scanner, card and SAM). */
  readonly unlinkedState: NonNullable<StatusChange['state']>;
  /** What the technician is asked to do when a connect finds no device (other failed connects: checkConnection). */
  readonly noDeviceAction: RecommendedAction;
  readonly backoff: BackoffOptions;
}

/**
 * A device kept connected by a ConnectionLoop (the ESC/POS receipt printer, the serial scanner, the ID card
 * reader). The three wired the loop the same way and reported its two ways of losing the device the same way:
 * a failed connect (noDevice or offline, with the reason) and a link that closed by itself (noDevice when it
 * was unplugged or disconnected, else offline; "link lost: …"); start, stop and reset were the loop's. That
 * is here; each driver keeps its connect (open, hello) and run (what it does while connected), and may act on
 * a lost link in linkDown().
 */
export abstract class LinkedDevice<S extends Session> extends TrackedDevice {
  protected readonly loop: ConnectionLoop<S>;

  protected constructor(init: LinkedDeviceInit) {
    const { source, unlinkedState, noDeviceAction, backoff, ...device } = init;
    super({ ...device, detail: `looking for ${source.description}` });
    this.loop = new ConnectionLoop<S>({
      connect: (signal) => this.connect(signal),
      run: (session, signal) => this.run(session, signal),
      down: (problem, reason) => {
        this.tracker.update({
          status: problem,
          state: unlinkedState,
          detail: reason,
          problem: { errorClass: 'hardware', action: problem === 'noDevice' ? noDeviceAction : 'checkConnection' },
        });
        this.linkDown(problem, reason);
      },
      lost: (reason) => {
        const status = /unplug|disconnect/i.test(reason) ? 'noDevice' : 'offline';
        this.tracker.update({
          status,
          state: unlinkedState,
          detail: `link lost: ${reason}`,
          problem: { errorClass: 'hardware', action: 'checkConnection' },
        });
        this.linkDown(status, reason);
      },
      watch: source.watch ? (onArrival) => source.watch!(onArrival) : undefined,
      backoff,
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  async reset(): Promise<Completion<void>> {
    await this.loop.reset();
    return ok(undefined);
  }

  /** Discovery, open and the driver's hello. */
  protected abstract connect(signal: AbortSignal): Promise<Result<S, ConnectProblem>>;

  /** Runs while connected; returns to give the session up. */
  protected abstract run(session: S, signal: AbortSignal): Promise<void>;

  /** The device was lost (a failed connect, or a link that closed by itself); the status already says so. */
  protected linkDown(_status: ConnectProblem, _reason: string): void {}
}
