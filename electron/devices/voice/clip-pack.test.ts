import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { voiceMethods } from '../../../shared/contract/voice.js';
import { voiceConfigSchema } from '../../../shared/devices/voice-config.js';
import { createMemoryLogger } from '../../services/log/logger.js';
import { buildClipPack, type ClipText, identityOf, loadClipPack, MANIFEST } from './clip-pack.js';
import { SimulatedVoice } from './simulated-voice.js';
import { createVoiceHandlers } from './voice-handlers.js';
import { VoiceService } from './voice-service.js';

const root = mkdtempSync(join(tmpdir(), 'clips-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const context = { transport: 'web', sender: 'test' } as const;

describe('clip pack', () => {
  const voice = new SimulatedVoice('normal');
  const identity = identityOf(voice, 'normal');

  it('finds added and removed texts, another voice or speed, and a missing file', async () => {
    const sub = join(root, 'small');
    const small: ClipText[] = [
      { key: 'ui:a', locale: 'zh-CN', text: '继续' },
      { key: 'ui:b', locale: 'en', text: 'Continue' },
    ];
    await buildClipPack(sub, small, voice, { rate: 'normal' });
    const grown = [...small.slice(1), { key: 'ui:c', locale: 'en' as const, text: 'Back' }];
    expect(loadClipPack(sub, identity, grown).stale).toEqual([
      { key: 'ui:a', locale: 'zh-CN', reason: 'removed' },
      { key: 'ui:c', locale: 'en', reason: 'added' },
    ]);
    expect(loadClipPack(sub, identityOf(voice, 'slow'), small).stale.map((s) => s.reason)).toEqual(['voice', 'voice']);
    const manifest = JSON.parse(readFileSync(join(sub, MANIFEST), 'utf8')) as { clips: Array<{ file: string }> };
    rmSync(join(sub, manifest.clips[0]?.file ?? ''));
    expect(loadClipPack(sub, identity).stale).toEqual([{ key: 'ui:a', locale: 'zh-CN', reason: 'missingFile' }]);
    writeFileSync(join(sub, MANIFEST), '{"format":1,"clips":[{"file":"../../etc/passwd"}]}');
    expect(loadClipPack(sub, identity)).toMatchObject({ state: 'invalid', freshCount: 0 });
  });
});

describe('voice service and handlers', () => {
  const dataDir = join(root, 'data');
  const texts: ClipText[] = [
    { key: 'ui:idle.spoken', locale: 'zh-CN', text: '您还在吗？如需继续办理，请点击“继续”。' },
    { key: 'ui:idle.spoken', locale: 'en', text: 'Are you still there? To keep going, press Continue.' },
  ];

  it('plays a fresh clip for a fixed text and synthesizes anything else live, never logging the text', async () => {
    await buildClipPack(join(dataDir, 'voice'), texts, new SimulatedVoice('normal'), { rate: 'normal' });
    const logger = createMemoryLogger();
    const service = VoiceService.create(voiceConfigSchema.parse({}), dataDir, { logger });
    service.start();
    const voice = service.synthesizer as SimulatedVoice;
    const handlers = createVoiceHandlers(service);

    const clip = await handlers['voice.say']({ text: texts[0]?.text ?? '', locale: 'zh-CN' }, context);
    if (!clip.ok) throw new Error(clip.error.message);
    expect(clip.value.clip).toBe('ui:idle.spoken');
    expect(Buffer.from(clip.value.audio ?? '', 'base64').toString('ascii', 0, 4)).toBe('RIFF');
    expect(voice.synthesized).toBe(0);
    expect(voiceMethods['voice.say'].response.safeParse(clip.value).success).toBe(true);

    const live = await handlers['voice.say']({ text: '受理编号 SZ2025000123，张三', locale: 'zh-CN' }, context);
    expect(live).toMatchObject({ ok: true, value: { clip: null } });
    expect(voice.synthesized).toBe(1);
    // Said again ("repeat"): from the small live cache, not synthesized again.
    const again = await handlers['voice.say']({ text: '受理编号 SZ2025000123，张三', locale: 'zh-CN' }, context);
    expect(again).toMatchObject({ ok: true, value: { clip: null } });
    expect(voice.synthesized).toBe(1);

    // The same fixed text at another speed is not that clip.
    const slow = await handlers['voice.say']({ text: texts[1]?.text ?? '', locale: 'en', rate: 'slow' }, context);
    expect(slow).toMatchObject({ ok: true, value: { clip: null } });

    const status = await handlers['voice.status']({}, context);
    expect(status).toMatchObject({
      ok: true,
      value: {
        driver: 'simulator',
        state: 'ready',
        level: 'ok',
        pack: { state: 'loaded', clips: 2, fresh: 2, stale: 0 },
      },
    });
    expect(voiceMethods['voice.status'].response.safeParse(status.ok && status.value).success).toBe(true);
    expect(service.health()).toMatchObject({ name: 'voice', level: 'ok', detail: expect.stringContaining('2 clips') });
    const logged = logger.lines.join('\n');
    expect(logged).not.toContain('张三');
    expect(logged).not.toContain('SZ2025');
    expect(logged).not.toContain('Are you still there');
    await service.close();
  });

  it('never plays a clip whose file was replaced, and works without a pack', async () => {
    const empty = VoiceService.create(voiceConfigSchema.parse({ clipPack: join(root, 'none') }), dataDir, {
      logger: createMemoryLogger(),
    });
    expect(empty.packStatus()).toMatchObject({ state: 'absent', clips: 0 });
    expect(await empty.say('继续', 'zh-CN')).toMatchObject({ ok: true, value: { clip: null } });
    expect(empty.health().detail).toContain('no clip pack');

    const dir = join(dataDir, 'voice');
    const service = VoiceService.create(voiceConfigSchema.parse({}), dataDir, { logger: createMemoryLogger() });
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { clips: Array<{ file: string }> };
    writeFileSync(join(dir, manifest.clips[0]?.file ?? ''), 'truncated');
    expect(await service.say(texts[0]?.text ?? '', 'zh-CN')).toMatchObject({ ok: true, value: { clip: null } });
  });

  it('answers voiceUnavailable when the voice is off', async () => {
    const off = VoiceService.create(voiceConfigSchema.parse({ driver: 'none' }), dataDir, {
      logger: createMemoryLogger(),
    });
    const handlers = createVoiceHandlers(off);
    expect(await handlers['voice.say']({ text: '你好', locale: 'zh-CN' }, context)).toMatchObject({
      ok: false,
      error: { code: 'voiceUnavailable' },
    });
  });
});
