import type { ByteLink } from '../transport/link.js';
import {
  encodeResponse,
  parseRequest,
  SAM_DEFAULT_MAX_LENGTH,
  SamCommand,
  SamFrameDecoder,
  type SamRequest,
} from './sam-codec.js';
import { SW3 } from './sam-status.js';
import { type CardText, encodeIdText, PHOTO_BYTES, TEXT_BYTES } from './sam-text.js';

/**
 * A resident ID card reader at the protocol level: it answers SAM frames as a reader does. The ID-card
 * simulator runs the real driver against it over an in-memory link, and the pseudo-terminal test runs it on
 * the far end of a socat pty pair. Scriptable: place/remove a card, SAM fault, silence, one failed read.
 */
export interface EmulatedCard {
  readonly text: Uint8Array;
  readonly photo: Uint8Array;
}

export function emulatedCard(card: CardText, typeMark = ' '): EmulatedCard {
  const photo = new Uint8Array(PHOTO_BYTES);
  // A recognisable fake WLT block (real ones are vendor-compressed and need the decoder plug-in).
  photo.set([0x57, 0x4c, 0x54, 0x00], 0);
  return { text: encodeIdText(card, typeMark), photo };
}

export class SamEmulator {
  private card: EmulatedCard | undefined;
  private decoder = new SamFrameDecoder(SAM_DEFAULT_MAX_LENGTH);
  samFault = false;
  /** Answers nothing at all (a hung reader, a cut TX line). */
  silent = false;
  /** The next base-message read fails with 0x41 (a card moved during the read). */
  readFailOnce = false;
  /** Counts commands answered, by name, for tests. */
  readonly counts = new Map<string, number>();

  get cardPresent(): boolean {
    return this.card !== undefined;
  }

  placeCard(card: EmulatedCard): void {
    this.card = card;
  }

  removeCard(): void {
    this.card = undefined;
  }

  /** Feeds bytes from the host; returns the frames to send back. */
  receive(chunk: Uint8Array): Uint8Array[] {
    const replies: Uint8Array[] = [];
    for (const decoded of this.decoder.push(chunk)) {
      if (this.silent) continue;
      if (decoded.kind === 'error') {
        replies.push(reply(decoded.error === 'badChecksum' ? SW3.checksumError : SW3.lengthError));
        continue;
      }
      const request = parseRequest(decoded.body);
      if (request) replies.push(this.answer(request));
    }
    return replies;
  }

  /** Serves a link until it closes. */
  attach(link: ByteLink): void {
    this.decoder = new SamFrameDecoder(SAM_DEFAULT_MAX_LENGTH);
    link.onData((chunk) => {
      for (const frame of this.receive(chunk)) void link.write(frame, 1_000);
    });
  }

  private count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  private answer({ cmd, para }: SamRequest): Uint8Array {
    const is = (c: { cmd: number; para: number }) => c.cmd === cmd && c.para === para;
    if (this.samFault) return reply(SW3.samSelfTestFailed);
    if (is(SamCommand.samStatus) || is(SamCommand.samReset)) {
      this.count('samStatus');
      return reply(SW3.ok);
    }
    if (is(SamCommand.samId)) return reply(SW3.ok, new Uint8Array(16).fill(0x11));
    if (is(SamCommand.find)) {
      this.count('find');
      return this.card ? reply(SW3.cardFound, new Uint8Array(4)) : reply(SW3.findFailed);
    }
    if (is(SamCommand.select)) {
      this.count('select');
      return this.card ? reply(SW3.ok, new Uint8Array(8).fill(0x01)) : reply(SW3.selectFailed);
    }
    if (is(SamCommand.readBase)) {
      this.count('read');
      if (!this.card) return reply(SW3.readFailed);
      if (this.readFailOnce) {
        this.readFailOnce = false;
        return reply(SW3.readFailed);
      }
      const data = new Uint8Array(4 + TEXT_BYTES + PHOTO_BYTES);
      data.set([TEXT_BYTES >> 8, TEXT_BYTES & 0xff, PHOTO_BYTES >> 8, PHOTO_BYTES & 0xff], 0);
      data.set(this.card.text, 4);
      data.set(this.card.photo, 4 + TEXT_BYTES);
      return reply(SW3.ok, data);
    }
    return reply(SW3.commandError);
  }
}

function reply(sw3: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  return encodeResponse({ sw1: 0, sw2: 0, sw3, data });
}
