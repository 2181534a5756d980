import type { Locale } from '../../../shared/config/kiosk-config.js';
import type { VoiceRate } from '../../../shared/devices/voice-config.js';

/**
 * Plays what main synthesizes (the voice class, electron/devices/voice) one utterance after another. Kept
 * apart from the React provider (speech.tsx) so its queueing and interrupt rules are tested without a DOM:
 * - `speak(…, { interrupt: true })` (the default) stops what is playing and drops what is queued;
 *   `interrupt: false` queues after it;
 * - a reply that arrives after a newer interrupt or a stop is never played;
 * - each sound's object URL is revoked once it ends, fails or is stopped.
 */
export interface SayReply {
  readonly clip: string | null;
  readonly audio: string | null;
  readonly durationMs: number;
}

export interface AudioLike {
  src: string;
  volume: number;
  addEventListener(type: 'ended' | 'error', listener: () => void): void;
  play(): Promise<void>;
  pause(): void;
}

export interface SpeechLogEntry {
  readonly text: string;
  readonly clip: string | null;
  /** Date.now() when playback started. */
  readonly startedAt: number;
}

export interface PlayerDeps {
  /** Asks main for the sound (voice.say); null when it cannot speak. */
  say(text: string, locale: Locale, rate: VoiceRate | undefined): Promise<SayReply | null>;
  createAudio(): AudioLike;
  /** A playable URL for a base64 WAV (an object URL) and its release. */
  toUrl(base64: string): string;
  revoke(url: string): void;
  /** Developer mode only: what actually started playing. */
  onStarted?(entry: SpeechLogEntry): void;
  /** Private mode: sends the sound to the headphone output; awaited before it plays, so nothing leaks to the loudspeaker. */
  route?(audio: AudioLike): Promise<void>;
}

export interface PlayOptions {
  readonly locale: Locale;
  /** Undefined: the kiosk's configured speed (config.voice.rate, the one its clip pack was built for). */
  readonly rate: VoiceRate | undefined;
  readonly volume: number;
  readonly interrupt: boolean;
}

/** The contract's longest text; a longer one is spoken in pieces cut at sentence ends. */
export const MAX_PIECE = 500;

/**
 * The pieces a text is spoken in. The first sentence goes alone, so its audio (a short WAV from the pack or
 * synthesized in a few tens of milliseconds) starts while the rest is still being made and sent: a page's whole
 * text can be 10–40 s of audio, megabytes on the way to the page. The rest is grouped into pieces of at most
 * `max` characters, cut at sentence ends. The clip pack is built from the same pieces (scripts/voice/clip-texts.ts),
 * so a fixed text is still played from clips.
 */
export function splitForSpeech(text: string, max = MAX_PIECE): string[] {
  const sentences = text.split(/(?<=[。！？；!?;.\n])/u);
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const sentence of sentences) {
    if ((current + sentence).length <= max && (pieces.length > 0 || !current.trim())) {
      current += sentence;
      continue;
    }
    flush();
    current = sentence;
    while (current.length > max) {
      pieces.push(current.slice(0, max).trim());
      current = current.slice(max);
    }
  }
  flush();
  return pieces.filter(Boolean);
}

interface Queued {
  readonly text: string;
  readonly volume: number;
  readonly reply: Promise<SayReply | null>;
}

export class SpeechPlayer {
  private queue: Queued[] = [];
  private generation = 0;
  private playing: { audio: AudioLike; url: string; done: () => void } | undefined;
  private pumping = false;

  constructor(private readonly deps: PlayerDeps) {}

  speak(text: string, options: PlayOptions): void {
    if (options.interrupt) this.stop();
    for (const piece of splitForSpeech(text)) {
      // Asked for at once, so the next piece is ready when the current one ends.
      const reply = this.deps.say(piece, options.locale, options.rate).catch(() => null);
      this.queue.push({ text: piece, volume: Math.max(0, Math.min(1, options.volume)), reply });
    }
    void this.pump();
  }

  stop(): void {
    this.generation += 1;
    this.queue = [];
    this.pumping = false; // the old pump ends by itself; the next speak starts its own
    const current = this.playing;
    this.playing = undefined;
    if (current) {
      current.audio.pause();
      current.done();
    }
  }

  /** Whether something is playing or waiting to (tests). */
  get busy(): boolean {
    return this.playing !== undefined || this.queue.length > 0;
  }

  /**
   * One pump per generation, over that generation's queue: an interrupt starts a new pump at once rather than
   * waiting behind a stale reply (a long page text being synthesised), which the old pump drops when it arrives.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    const generation = this.generation;
    const queue = this.queue;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const reply = await next.reply;
        if (generation !== this.generation) return; // stopped or interrupted while we waited
        if (!reply?.audio) continue;
        await this.play(next, reply, generation);
        if (generation !== this.generation) return;
      }
    } finally {
      if (generation === this.generation) this.pumping = false;
    }
  }

  private play(item: Queued, reply: SayReply, generation: number): Promise<void> {
    return new Promise((resolve) => {
      const url = this.deps.toUrl(reply.audio ?? '');
      const audio = this.deps.createAudio();
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        this.deps.revoke(url);
        if (this.playing?.audio === audio) this.playing = undefined;
        resolve();
      };
      audio.addEventListener('ended', done);
      audio.addEventListener('error', done);
      audio.volume = item.volume;
      audio.src = url;
      this.playing = { audio, url, done };
      (this.deps.route ? this.deps.route(audio) : Promise.resolve())
        .then(() => (generation === this.generation && !finished ? audio.play() : undefined))
        .then(
          () => {
            if (generation === this.generation && !finished)
              this.deps.onStarted?.({ text: item.text, clip: reply.clip, startedAt: Date.now() });
          },
          () => done(), // refused (autoplay policy) or undecodable: go on with the next
        );
    });
  }
}
