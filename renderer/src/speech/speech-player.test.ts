import { describe, expect, it } from 'vitest';
import { type AudioLike, type SayReply, type SpeechLogEntry, SpeechPlayer, splitForSpeech } from './speech-player.js';

/** A fake <audio>: play() starts at once; the test ends it with finish(). */
class FakeAudio implements AudioLike {
  static all: FakeAudio[] = [];
  src = '';
  volume = 1;
  private readonly listeners: Array<() => void> = [];
  paused = false;
  constructor() {
    FakeAudio.all.push(this);
  }
  addEventListener(type: 'ended' | 'error', listener: () => void) {
    if (type === 'ended') this.listeners.push(listener);
  }
  play() {
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
  finish() {
    for (const listener of this.listeners) listener();
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(delays: Record<string, number> = {}) {
  FakeAudio.all = [];
  const asked: string[] = [];
  const revoked: string[] = [];
  const log: SpeechLogEntry[] = [];
  let n = 0;
  const player = new SpeechPlayer({
    say: async (text) => {
      asked.push(text);
      await new Promise((r) => setTimeout(r, delays[text] ?? 0));
      return { clip: text.startsWith('clip') ? 'ui:x' : null, audio: 'UklGRg==', durationMs: 100 } satisfies SayReply;
    },
    createAudio: () => new FakeAudio(),
    toUrl: () => `blob:${++n}`,
    revoke: (url) => revoked.push(url),
    onStarted: (entry) => log.push(entry),
  });
  const opts = { locale: 'zh-CN', rate: 'normal', volume: 0.5, interrupt: true } as const;
  return { player, asked, revoked, log, opts };
}

describe('speech player', () => {
  it('plays one after another when queued, and logs what started', async () => {
    const { player, log, revoked, opts } = setup();
    player.speak('clip one', opts);
    player.speak('two', { ...opts, interrupt: false });
    await tick();
    expect(log.map((e) => e.text)).toEqual(['clip one']);
    expect(log[0]?.clip).toBe('ui:x');
    expect(FakeAudio.all[0]?.volume).toBe(0.5);
    FakeAudio.all[0]?.finish();
    await tick();
    expect(log.map((e) => e.text)).toEqual(['clip one', 'two']);
    expect(log[1]?.clip).toBeNull();
    FakeAudio.all[1]?.finish();
    await tick();
    expect(revoked).toEqual(['blob:1', 'blob:2']);
    expect(player.busy).toBe(false);
  });

  it('an interrupt does not wait for an earlier sound still being synthesised', async () => {
    // A long page text synthesised live can take seconds; a key pressed meanwhile is answered at once.
    const { player, log, opts } = setup({ 'long page text': 2_000 });
    player.speak('long page text', opts);
    await tick();
    player.speak('private mode on', opts);
    await new Promise((r) => setTimeout(r, 20));
    expect(log.map((e) => e.text)).toEqual(['private mode on']);
  });

  it('an interrupt stops the sound, drops the queue, and a late reply is never played', async () => {
    const { player, log, revoked, opts } = setup({ slow: 30 });
    player.speak('first', opts);
    await tick();
    player.speak('slow', { ...opts, interrupt: false });
    player.speak('new screen', opts); // interrupts: 'first' stops, 'slow' is dropped even when it arrives
    await new Promise((r) => setTimeout(r, 60));
    expect(FakeAudio.all[0]?.paused).toBe(true);
    expect(log.map((e) => e.text)).toEqual(['first', 'new screen']);
    expect(revoked).toContain('blob:1');
  });

  it('stop() silences and revokes; nothing plays after it', async () => {
    const { player, log, revoked, opts } = setup({ later: 20 });
    player.speak('later', opts);
    player.stop();
    await new Promise((r) => setTimeout(r, 40));
    expect(log).toEqual([]);
    player.speak('now', opts);
    await tick();
    player.stop();
    expect(FakeAudio.all.at(-1)?.paused).toBe(true);
    expect(revoked).toEqual(['blob:1']);
  });

  it('says a long text in pieces of at most 500 characters cut at sentence ends', () => {
    const sentence = '请将身份证放在读卡区。'; // 11 characters
    const pieces = splitForSpeech(sentence.repeat(100));
    expect(pieces.every((p) => p.length <= 500)).toBe(true);
    expect(pieces.join('')).toBe(sentence.repeat(100));
    expect(pieces[0]?.endsWith('。')).toBe(true);
    expect(splitForSpeech('x'.repeat(1200)).map((p) => p.length)).toEqual([500, 500, 200]);
    expect(splitForSpeech('  ')).toEqual([]);
  });

  it('says the first sentence alone, so its audio starts before the rest is made', () => {
    expect(splitForSpeech('首页。第一项，社保。第二项，公积金。')).toEqual([
      '首页。',
      '第一项，社保。第二项，公积金。',
    ]);
    expect(splitForSpeech('Home. Option 1, pensions.')).toEqual(['Home.', 'Option 1, pensions.']);
    expect(splitForSpeech('一句话')).toEqual(['一句话']);
  });
});
