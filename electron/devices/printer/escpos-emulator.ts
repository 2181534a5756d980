import type { ByteLink } from '../transport/link.js';
import { DLE, EOT, GS } from './escpos.js';

/**
 * An ESC/POS receipt printer at the byte level, for the receipt-printer simulator: it answers DLE EOT 1–4
 * from its paper/cover/error state and GS r 1 after "printing" what came before, and keeps what it printed.
 */
export class EscPosEmulator {
  paper: 'full' | 'low' | 'out' = 'full';
  coverOpen = false;
  cutterJam = false;
  silent = false;

  /** A paper jam as the simulator's faults name it: on an ESC/POS printer it shows as a cutter jam. */
  get jammed(): boolean {
    return this.cutterJam;
  }

  set jammed(jammed: boolean) {
    this.cutterJam = jammed;
  }
  /** Bytes received that were not status queries (what would come out on paper). */
  printed: number[] = [];
  private pending: number[] = [];

  status(n: number): number {
    const base = 0x12;
    switch (n) {
      case 1:
        return base | (this.paper === 'out' || this.coverOpen || this.cutterJam ? 0x08 : 0);
      case 2:
        return base | (this.coverOpen ? 0x04 : 0) | (this.paper === 'out' ? 0x20 : 0) | (this.cutterJam ? 0x40 : 0);
      case 3:
        return base | (this.cutterJam ? 0x04 : 0);
      case 4:
        return base | (this.paper === 'low' ? 0x0c : 0) | (this.paper === 'out' ? 0x60 : 0);
      default:
        return base;
    }
  }

  sensor(): number {
    return (this.paper === 'low' ? 0x03 : 0) | (this.paper === 'out' ? 0x0c : 0);
  }

  /** Feeds bytes from the host; returns reply bytes. */
  receive(chunk: Uint8Array): number[] {
    const replies: number[] = [];
    this.pending.push(...chunk);
    let i = 0;
    const data = this.pending;
    while (i < data.length) {
      if (data[i] === DLE && data[i + 1] === EOT) {
        if (i + 2 >= data.length) break;
        if (!this.silent) replies.push(this.status(data[i + 2]!));
        i += 3;
        continue;
      }
      if (data[i] === GS && data[i + 1] === 0x72) {
        if (i + 2 >= data.length) break;
        if (!this.silent) replies.push(this.sensor());
        i += 3;
        continue;
      }
      if ((data[i] === DLE || data[i] === GS) && i + 1 >= data.length) break;
      this.printed.push(data[i]!);
      i += 1;
    }
    this.pending = data.slice(i);
    if (this.printed.length > 1_000_000) this.printed = this.printed.slice(-500_000);
    return replies;
  }

  attach(link: ByteLink): void {
    this.pending = [];
    link.onData((chunk) => {
      const replies = this.receive(chunk);
      if (replies.length > 0) void link.write(Uint8Array.from(replies), 1_000);
    });
  }
}
