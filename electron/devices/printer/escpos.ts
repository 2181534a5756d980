import type { ReceiptLine } from '../../../shared/devices/print-job.js';
import { encodeGb18030 } from './gb18030.js';
import type { PrinterCondition } from './printer-condition.js';

/**
 * ESC/POS for 80 mm receipt printers: commands (pure byte builders) and the status replies.
 *
 * Status is read with real-time DLE EOT n (answered at once, even while the buffer prints):
 *   n=1 printer   bit3 offline
 *   n=2 offline   bit2 cover open, bit3 feed button, bit5 stopped by paper end, bit6 error
 *   n=3 error     bit2 autocutter error, bit3 unrecoverable, bit5 auto-recoverable
 *   n=4 paper     bits 2–3 near end, bits 5–6 roll end
 * Every DLE EOT reply has the fixed pattern 0xx1xx10 (mask 0x93 = 0x12). Completion is confirmed with
 * GS r 1 (paper sensor status), which is *not* real-time: the printer answers it only after processing
 * everything sent before it, so its reply means the receipt has been printed. Its reply has bit 4 = 0,
 * which tells it apart from a DLE EOT reply on the same line.
 */
export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;
export const EOT = 0x04;
export const FS = 0x1c;

export const commands = {
  init: [ESC, 0x40],
  /** FS &: two-byte (Chinese) character mode; GB18030 on Chinese-market printers. */
  chineseMode: [FS, 0x26],
  align: (center: boolean) => [ESC, 0x61, center ? 1 : 0],
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  /** GS ! n: 0x11 double width and height. */
  size: (large: boolean) => [GS, 0x21, large ? 0x11 : 0x00],
  lineFeed: [0x0a],
  feed: (lines: number) => [ESC, 0x64, Math.max(0, Math.min(255, lines))],
  /** GS V 66 0: feed to the cutter and partial cut. */
  cut: [GS, 0x56, 0x42, 0x00],
  status: (n: 1 | 2 | 3 | 4) => [DLE, EOT, n],
  /** GS r 1: paper sensor status, answered in order after the preceding data. */
  paperSensor: [GS, 0x72, 0x01],
} as const;

/** GS ( k: model 2 QR code of `data` (UTF-8 bytes), module size 6, error correction M, then print. */
export function qrCommands(data: string, moduleSize = 6): number[] {
  const bytes = [...new TextEncoder().encode(data)];
  const storeLength = bytes.length + 3;
  return [
    ...[GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00], // model 2
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, moduleSize], // module size
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31], // error correction M
    ...[GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30, ...bytes], // store
    ...[GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30], // print
  ];
}

/** The bytes of one receipt: lines of GB18030 text, rules, QR codes and feeds, then feed and cut. */
export function renderReceipt(lines: readonly ReceiptLine[], columns: number): Uint8Array {
  const out: number[] = [...commands.init, ...commands.chineseMode];
  for (const line of lines) {
    switch (line.kind) {
      case 'text':
        out.push(
          ...commands.align(line.align === 'center'),
          ...commands.bold(line.bold),
          ...commands.size(line.size === 'large'),
        );
        out.push(...encodeGb18030(line.text), ...commands.lineFeed);
        out.push(...commands.bold(false), ...commands.size(false), ...commands.align(false));
        break;
      case 'rule':
        out.push(...new TextEncoder().encode('-'.repeat(columns)), ...commands.lineFeed);
        break;
      case 'qr':
        out.push(...commands.align(true), ...qrCommands(line.data), ...commands.lineFeed, ...commands.align(false));
        break;
      case 'feed':
        out.push(...commands.feed(line.lines));
        break;
    }
  }
  out.push(...commands.feed(4), ...commands.cut);
  return Uint8Array.from(out);
}

export function isRealTimeStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export function isPaperSensorByte(byte: number): boolean {
  return (byte & 0x90) === 0x00;
}

export interface EscPosStatus {
  readonly offline: boolean;
  readonly coverOpen: boolean;
  readonly paperEnd: boolean;
  readonly paperNearEnd: boolean;
  readonly stoppedByPaperEnd: boolean;
  readonly cutterError: boolean;
  readonly unrecoverableError: boolean;
  readonly recoverableError: boolean;
}

/** Combines the replies to DLE EOT 1–4 (undefined where a query was not answered). */
export function parseStatus(replies: Partial<Record<1 | 2 | 3 | 4, number>>): EscPosStatus {
  const bit = (n: 1 | 2 | 3 | 4, mask: number) => ((replies[n] ?? 0) & mask) !== 0;
  return {
    offline: bit(1, 0x08),
    coverOpen: bit(2, 0x04),
    stoppedByPaperEnd: bit(2, 0x20),
    cutterError: bit(3, 0x04),
    unrecoverableError: bit(3, 0x08),
    recoverableError: bit(3, 0x20),
    paperNearEnd: bit(4, 0x0c),
    paperEnd: bit(4, 0x60),
  };
}

export function escPosCondition(status: EscPosStatus, where: string): PrinterCondition {
  const flags = Object.entries(status)
    .filter(([, on]) => on)
    .map(([name]) => name);
  const detail = `${where}: ${flags.length ? flags.join(', ') : 'ready'}`;
  if (status.cutterError) return { status: 'hardwareError', paper: 'jammed', detail, refuse: 'paperJam' };
  if (status.paperEnd || status.stoppedByPaperEnd)
    return { status: 'online', paper: 'out', detail, refuse: 'paperOut' };
  const paper = status.paperNearEnd ? 'low' : 'full';
  if (status.coverOpen) return { status: 'userError', paper, detail, refuse: 'coverOpen' };
  if (status.unrecoverableError || status.recoverableError)
    return { status: 'hardwareError', paper, detail, refuse: 'printerFault' };
  if (status.offline) return { status: 'offline', paper, detail, refuse: 'offline' };
  return { status: 'online', paper, detail };
}

/** Paper state from a GS r 1 reply: bits 0–1 near end, bits 2–3 roll end. */
export function paperFromSensorByte(byte: number): { paperEnd: boolean; paperNearEnd: boolean } {
  return { paperNearEnd: (byte & 0x03) !== 0, paperEnd: (byte & 0x0c) !== 0 };
}
