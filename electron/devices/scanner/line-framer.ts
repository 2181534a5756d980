import { TextDecoder } from 'node:util';
/**
 * Serial-mode scanners send each code followed by a terminator (CR by default). This framer collects bytes
 * into codes, decodes them (UTF-8, or GB18030 for scanners set to Chinese), drops empty lines and refuses a
 * line that grows past the limit instead of buffering without end.
 */
export type Terminator = 'cr' | 'lf' | 'crlf';

export class LineFramer {
  private buffer: number[] = [];
  private overflowing = false;
  private readonly decoder: TextDecoder;

  constructor(
    private readonly terminator: Terminator,
    encoding: 'utf-8' | 'gb18030',
    private readonly maxLength = 4096,
  ) {
    this.decoder = new TextDecoder(encoding);
  }

  /** Returns complete codes and the number of oversize lines dropped. */
  push(chunk: Uint8Array): { codes: string[]; dropped: number } {
    const codes: string[] = [];
    let dropped = 0;
    const end = this.terminator === 'lf' ? 0x0a : 0x0d;
    for (const byte of chunk) {
      if (this.terminator === 'crlf' && byte === 0x0a) continue;
      if (this.terminator === 'cr' && byte === 0x0a && this.buffer.length === 0) continue; // tolerate CRLF
      if (byte === end) {
        if (this.overflowing) dropped += 1;
        else if (this.buffer.length > 0) codes.push(this.decoder.decode(Uint8Array.from(this.buffer)).trim());
        this.buffer = [];
        this.overflowing = false;
        continue;
      }
      if (this.overflowing) continue;
      if (this.buffer.length >= this.maxLength) {
        this.overflowing = true;
        this.buffer = [];
        continue;
      }
      this.buffer.push(byte);
    }
    return { codes: codes.filter((c) => c.length > 0), dropped };
  }
}
