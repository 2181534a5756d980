import type { IdCard } from '../../../shared/devices/id-card.js';
import type { DriverKind } from '../../../shared/devices/device-status.js';
import { ok } from '../../../shared/result.js';
import type { Logger } from '../../services/log/logger.js';
import type { BackoffOptions } from '../core/backoff.js';
import { CommandQueue, type CommandOptions } from '../core/command-queue.js';
import { type Completion, failed } from '../core/completion.js';
import type { ConnectProblem } from '../core/connection-loop.js';
import { LinkedDevice } from '../core/linked-device.js';
import { sleep } from '../core/time.js';
import type { IdCardReaderDevice } from '../device.js';
import { SamCommand, type SamRequest } from './sam-codec.js';
import type { SamChannel, SamConnector, SamReply } from './sam-channel.js';
import { isSamFault, SW3, sw3Meaning } from './sam-status.js';
import { decodeIdText, PHOTO_BYTES, TEXT_BYTES } from './sam-text.js';

export type PhotoDecoder = (wlt: Uint8Array) => Promise<IdCard['photo'] | undefined>;

export interface IdCardReaderOptions {
  readonly connector: SamConnector;
  readonly driver: DriverKind;
  readonly simulated: boolean;
  readonly logger: Logger;
  /** Presence/liveness poll ("find card") while connected. */
  readonly pollIntervalMs: number;
  /** Longest wait for one short reply (find, select, SAM status). */
  readonly ioTimeoutMs: number;
  /** Longest wait for the base-message read (the card itself takes most of a second on real readers). */
  readonly readTimeoutMs: number;
  /** Polls in a row without a reply before the reader counts as offline and the link is reopened. */
  readonly missesBeforeOffline: number;
  /** "No card" answers in a row before a placed card counts as removed (one can be a glitch). */
  readonly missesBeforeRemoved: number;
  readonly backoff: BackoffOptions;
  /** The optional WLT photo plug-in; without it cards come without a photo. */
  readonly photoDecoder?: PhotoDecoder;
}

interface Waiter {
  settle(result: Completion<IdCard>): void;
}

/**
 * The resident ID card reader's state machine, whatever the backend (SAM frames over serial, or a vendor SDK):
 *
 *   connect → SAM status probe → poll "find card" every pollIntervalMs
 *     9F card found  → a new placement: 'inserted' event; if someone waits, select + read + decode it once
 *     80 no card     → after missesBeforeRemoved in a row, the placement ends: 'removed' event
 *     60/66          → SAM fault: hardwareError until the SAM answers normally again
 *     no reply       → after missesBeforeOffline in a row, offline; the link is reopened with back-off
 *
 * A placed card is read only when a screen asks for it and is reported once per placement: a second read
 * waits until the card is lifted and placed again. The card data goes to the waiting caller and nowhere else:
 * it is not kept, cached or logged, and the raw text buffer is zeroed after decoding.
 */
export class SamIdCardReader extends LinkedDevice<SamChannel> implements IdCardReaderDevice {
  readonly deviceClass = 'idCardReader' as const;
  readonly driver: DriverKind;
  private readonly queue = new CommandQueue({ maxPending: 4 });
  private readonly log: Logger;
  private placement: { delivered: boolean } | undefined;
  private absentStreak = 0;
  private readonly waiters = new Set<Waiter>();
  private kicker = new AbortController();
  private reading = false;

  constructor(private readonly options: IdCardReaderOptions) {
    super({
      device: 'idCardReader',
      driver: options.driver,
      simulated: options.simulated,
      state: { kind: 'idCardReader', card: 'unknown', sam: 'unknown' },
      source: options.connector,
      unlinkedState: { card: 'unknown', sam: 'unknown' },
      noDeviceAction: 'maintenance',
      backoff: options.backoff,
    });
    this.driver = options.driver;
    this.log = options.logger;
  }

  override async stop(): Promise<void> {
    this.failWaiters('offline', 'the device layer is stopping', 'canceled');
    await super.stop();
  }

  /** The reader is gone: a card on it no longer counts as placed, and waiting reads end now. */
  protected override linkDown(status: ConnectProblem, reason: string): void {
    this.endPlacement(false);
    this.failWaiters(status, reason);
  }

  /** Ends every waiting read with canceled (the citizen left the screen). */
  async cancelReads(): Promise<number> {
    const n = this.waiters.size;
    this.failWaiters('offline', 'read canceled', 'canceled');
    return n;
  }

  readCard(options: CommandOptions): Promise<Completion<IdCard>> {
    const snap = this.tracker.snapshot();
    if (snap.status === 'noDevice')
      return Promise.resolve(failed('noDevice', `ID card reader not found: ${snap.detail}`));
    if (snap.status === 'offline' || snap.status === 'powerOff')
      return Promise.resolve(failed('offline', `ID card reader offline: ${snap.detail}`));
    if (snap.state.kind === 'idCardReader' && snap.state.sam === 'fault')
      return Promise.resolve(failed('samFault', snap.detail));
    if (options.signal?.aborted) return Promise.resolve(failed('canceled', 'read canceled before it started'));
    if (this.waiters.size >= 4) return Promise.resolve(failed('busy', 'four reads are already waiting for a card'));
    // Even "read now" gets time for one poll and one read.
    const waitMs = Math.max(options.timeoutMs, this.options.pollIntervalMs * 2);
    return new Promise((resolve) => {
      let done = false;
      const waiter: Waiter = {
        settle: (result) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          this.waiters.delete(waiter);
          resolve(result);
        },
      };
      const expire = () => {
        // A read already under way finishes (it has its own I/O timeouts) rather than being cut off mid-card.
        if (this.reading) timer = setTimeout(expire, 50);
        else waiter.settle(failed('noCard', `no new card was placed within ${options.timeoutMs} ms`, 'timeOut'));
      };
      let timer = setTimeout(expire, waitMs);
      const onAbort = () => waiter.settle(failed('canceled', 'read canceled'));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
      this.kicker.abort(); // poll now rather than at the next interval
    });
  }

  private exchange(
    channel: SamChannel,
    request: SamRequest,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<Completion<SamReply>> {
    return this.queue.run(`SAM ${request.cmd.toString(16)}`, (s) => channel.exchange(request, timeoutMs, s), {
      timeoutMs: timeoutMs + 500,
      signal,
    });
  }

  protected async connect(signal: AbortSignal) {
    const probe = async (channel: SamChannel, s: AbortSignal) => {
      const reply = await channel.exchange(SamCommand.samStatus, this.options.ioTimeoutMs, s);
      return reply.ok;
    };
    const connected = await this.options.connector.connect(probe, signal);
    if (!connected.ok) return connected;
    const channel = connected.value;
    const hello = await this.exchange(channel, SamCommand.samStatus, this.options.ioTimeoutMs, signal);
    if (!hello.ok) {
      await channel.close();
      return {
        ok: false as const,
        error: { code: 'offline' as const, message: `${channel.description}: ${hello.error.message}` },
      };
    }
    this.log.info(`ID card reader connected on ${channel.description}`);
    this.noteSam(hello.value.sw3, channel.description);
    return connected;
  }

  protected async run(channel: SamChannel, signal: AbortSignal): Promise<void> {
    let misses = 0;
    while (!signal.aborted) {
      const answered = await this.tick(channel, signal);
      if (signal.aborted) return;
      if (!answered) {
        misses += 1;
        if (misses >= this.options.missesBeforeOffline) {
          this.tracker.update({
            status: 'offline',
            state: { card: 'unknown', sam: 'unknown' },
            detail: `${channel.description}: no reply to ${misses} polls in a row`,
            problem: { errorClass: 'hardware', action: 'checkConnection' },
          });
          this.endPlacement(false);
          this.failWaiters('offline', 'the reader stopped answering');
          this.log.warn(`ID card reader on ${channel.description} stopped answering; reopening`);
          return;
        }
        continue; // retry at once: a lost reply should not cost a whole interval
      }
      misses = 0;
      if (this.kicker.signal.aborted) this.kicker = new AbortController();
      if (this.waiters.size > 0 && this.placement && !this.placement.delivered) continue;
      await sleep(this.options.pollIntervalMs, AbortSignal.any([signal, this.kicker.signal]));
      if (this.kicker.signal.aborted) this.kicker = new AbortController();
    }
  }

  /** One poll. Returns false when the reader did not answer properly. */
  private async tick(channel: SamChannel, signal: AbortSignal): Promise<boolean> {
    const found = await this.exchange(channel, SamCommand.find, this.options.ioTimeoutMs, signal);
    if (!found.ok) return found.error.completion === 'canceled';
    const { sw3 } = found.value;
    this.noteSam(sw3, channel.description);
    if (isSamFault(sw3)) return true;
    if (sw3 === SW3.cardFound) {
      this.absentStreak = 0;
      if (!this.placement) {
        this.placement = { delivered: false };
        this.tracker.update({ state: { card: 'present' } });
        this.events.emit({ type: 'card', event: 'inserted' });
      }
      if (this.waiters.size > 0 && !this.placement.delivered) await this.readPlaced(channel, signal);
    } else if (sw3 === SW3.findFailed) {
      if (this.placement) {
        this.absentStreak += 1;
        if (this.absentStreak >= this.options.missesBeforeRemoved) this.endPlacement(true);
      } else {
        this.tracker.update({ state: { card: 'absent' } });
      }
    } else {
      this.log.debug(`find card answered ${sw3Meaning(sw3).text}`);
    }
    return true;
  }

  private noteSam(sw3: number, where: string): void {
    if (isSamFault(sw3)) {
      const first = this.tracker.snapshot().status !== 'hardwareError';
      this.tracker.update({
        status: 'hardwareError',
        state: { sam: 'fault' },
        detail: `${where}: ${sw3Meaning(sw3).text}`,
        problem: { errorClass: 'hardware', action: 'maintenance' },
      });
      if (first) this.log.warn(`ID card reader SAM fault: ${sw3Meaning(sw3).text}`);
      this.failWaiters('samFault', sw3Meaning(sw3).text);
      return;
    }
    this.tracker.update({ status: 'online', state: { sam: 'ok' }, detail: `ready on ${where}` });
  }

  private endPlacement(announce: boolean): void {
    const had = this.placement !== undefined;
    this.placement = undefined;
    this.absentStreak = 0;
    if (announce) this.tracker.update({ state: { card: 'absent' } });
    if (had && announce) this.events.emit({ type: 'card', event: 'removed' });
  }

  private async readPlaced(channel: SamChannel, signal: AbortSignal): Promise<void> {
    this.reading = true;
    try {
      let outcome: Completion<IdCard> = failed('replaceCard', 'card read did not start');
      for (let attempt = 0; attempt < 2 && !signal.aborted; attempt += 1) {
        outcome = await this.readOnce(channel, signal);
        if (outcome.ok) break;
        // Link trouble is not the card's fault; the poll loop deals with it.
        if (outcome.error.reason === 'noAnswer' || outcome.error.reason === 'linkError' || isSamFaultReason(outcome))
          break;
      }
      if (signal.aborted && !outcome.ok) return;
      if (outcome.ok && this.placement) this.placement.delivered = true;
      if (!outcome.ok) this.log.info(`card read failed: ${outcome.error.code} (${outcome.error.message})`);
      for (const waiter of [...this.waiters]) waiter.settle(outcome);
    } finally {
      this.reading = false;
    }
  }

  private async readOnce(channel: SamChannel, signal: AbortSignal): Promise<Completion<IdCard>> {
    const selected = await this.exchange(channel, SamCommand.select, this.options.ioTimeoutMs, signal);
    if (!selected.ok) return selected;
    if (selected.value.sw3 !== SW3.ok) return sw3Failure(selected.value.sw3, 'select');
    const read = await this.exchange(channel, SamCommand.readBase, this.options.readTimeoutMs, signal);
    if (!read.ok) return read;
    if (read.value.sw3 !== SW3.ok) return sw3Failure(read.value.sw3, 'read');
    const data = read.value.data;
    const textLength = ((data[0] ?? 0) << 8) | (data[1] ?? 0);
    const photoLength = ((data[2] ?? 0) << 8) | (data[3] ?? 0);
    if (textLength !== TEXT_BYTES || data.length < 4 + textLength + photoLength) {
      return failed('badFrame', `base message has text ${textLength} / photo ${photoLength} bytes in ${data.length}`);
    }
    const text = data.subarray(4, 4 + textLength);
    const decoded = decodeIdText(text);
    text.fill(0);
    if (!decoded.ok) {
      const reason = decoded.problem === 'badText' ? 'badFrame' : decoded.problem;
      return failed(reason, `card text rejected: ${decoded.detail}`);
    }
    let photo: IdCard['photo'];
    if (this.options.photoDecoder && photoLength === PHOTO_BYTES) {
      try {
        photo = await this.options.photoDecoder(data.subarray(4 + textLength, 4 + textLength + photoLength));
      } catch (error) {
        this.log.warn(`WLT photo decoder failed (${(error as Error).name}); card reported without photo`);
      }
    }
    data.fill(0);
    return ok(photo ? { ...decoded.card, photo } : decoded.card);
  }

  private failWaiters(reason: 'noDevice' | 'offline' | 'samFault', message: string, completion?: 'canceled'): void {
    for (const waiter of [...this.waiters]) {
      waiter.settle(completion ? failed('canceled', message) : failed(reason, message));
    }
  }
}

function sw3Failure(sw3: number, step: string): Completion<never> {
  const meaning = sw3Meaning(sw3);
  const message = `${step}: ${meaning.text}`;
  if (meaning.reason)
    return failed(meaning.reason, message, meaning.reason === 'noCard' ? 'userError' : meaning.completion);
  return failed(meaning.completion ?? 'hardwareError', message);
}

function isSamFaultReason(outcome: Completion<unknown>): boolean {
  return !outcome.ok && outcome.error.reason === 'samFault';
}
