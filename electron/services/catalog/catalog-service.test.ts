import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.js';
import { createDispatcher } from '../../rpc/dispatcher.js';
import { EventHub } from '../../rpc/event-hub.js';
import type { Handlers } from '../../rpc/handlers.js';
import { createMemoryLogger } from '../log/logger.js';
import { connectCatalogEvents, createCatalogHandlers } from './catalog-handlers.js';
import { CatalogService } from './catalog-service.js';

// biome-ignore lint/suspicious/noExplicitAny: candidates are untyped JSON from the platform
type Json = any;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-service-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The bundled catalog as a platform would send it, with a newer version and one item renamed. */
function platformCatalog(version = '2025.07.01'): Json {
  const json = JSON.parse(JSON.stringify(defaultCatalog));
  json.version = version;
  json.items[0].name = { 'zh-CN': '社会保险参保证明打印', en: 'Print proof of social insurance' };
  return json;
}

describe('CatalogService', () => {
  it('starts with the bundled catalog', () => {
    const service = new CatalogService({ logger: createMemoryLogger() });
    expect(service.current()).toBe(defaultCatalog);
    expect(service.currentSource).toBe('bundled');
    expect(service.health()).toMatchObject({ level: 'ok', detail: expect.stringContaining('59 items') });
  });

  it('replaces the catalog with a valid platform catalog, tells listeners and rebuilds the search index', () => {
    const service = new CatalogService({ logger: createMemoryLogger() });
    expect(service.search('shebao zhengming', { limit: 1 })[0]?.code).toBe('RS-001');
    const changes: string[] = [];
    service.onChange((c) => changes.push(`${c.version}/${c.source}`));
    expect(service.replace(platformCatalog())).toEqual({ ok: true, value: { version: '2025.07.01', changed: true } });
    expect(service.version).toBe('2025.07.01');
    expect(changes).toEqual(['2025.07.01/platform']);
    expect(service.search('参保证明打印', { limit: 1 })[0]?.code).toBe('RS-001');
    // The same version again changes nothing.
    expect(service.replace(platformCatalog())).toEqual({ ok: true, value: { version: '2025.07.01', changed: false } });
    expect(changes).toHaveLength(1);
  });

  it('rejects an invalid catalog with every problem and keeps the last good one', () => {
    const logger = createMemoryLogger();
    const service = new CatalogService({ logger });
    expect(service.replace(platformCatalog('2025.07.01'))).toMatchObject({ ok: true });
    const broken = platformCatalog('2025.08.01');
    broken.items[4].situations[0].options[0].label.en = '';
    broken.items[10].materials.push({
      id: 'extra',
      name: { 'zh-CN': '额外材料', en: 'Extra' },
      when: [{ question: 'ghost', in: ['yes'] }],
      satisfiedBy: [{ kind: 'scan' }],
    });
    const result = service.replace(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('catalogInvalid');
      expect(result.error.message).toContain(`${broken.items[4].code} situations[`);
      expect(result.error.message).toContain(
        `${broken.items[10].code} materials[extra].when[ghost].question: unknown question "ghost"`,
      );
    }
    expect(service.version).toBe('2025.07.01');
    expect(service.health().level).toBe('degraded');
    expect(logger.lines.some((l) => l.includes('rejected a platform catalog, keeping 2025.07.01'))).toBe(true);
    expect(service.replace('not a catalog').ok).toBe(false);
    expect(service.version).toBe('2025.07.01');
  });

  it('keeps the last good platform catalog across restarts, but not an older or broken one', () => {
    const dir = tempDir();
    const saveFile = join(dir, 'catalog', 'current.json');
    const first = new CatalogService({ logger: createMemoryLogger(), saveFile });
    expect(first.replace(platformCatalog('2025.07.01'))).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(saveFile, 'utf8')).version).toBe('2025.07.01');

    const second = new CatalogService({ logger: createMemoryLogger(), saveFile });
    expect(second.currentSource).toBe('saved');
    expect(second.version).toBe('2025.07.01');

    writeFileSync(saveFile, JSON.stringify(platformCatalog('2024.01.01')));
    expect(new CatalogService({ logger: createMemoryLogger(), saveFile }).currentSource).toBe('bundled');

    writeFileSync(saveFile, '{ broken');
    const logger = createMemoryLogger();
    expect(new CatalogService({ logger, saveFile }).currentSource).toBe('bundled');
    expect(logger.lines.join('\n')).toContain('not readable JSON');
  });
});

describe('catalog handlers through the dispatcher', () => {
  const context = { transport: 'ipc', sender: 'main-frame' } as const;
  const setup = () => {
    const service = new CatalogService({ logger: createMemoryLogger() });
    const dispatch = createDispatcher(createCatalogHandlers(service) as unknown as Handlers, createMemoryLogger());
    return { service, dispatch };
  };

  it('catalog.get returns the validated catalog, version and source', async () => {
    const { dispatch } = setup();
    const result = await dispatch('catalog.get', {}, context);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.value).toMatchObject({
        version: defaultCatalog.version,
        source: 'bundled',
        catalog: { items: expect.any(Array) },
      });
  });

  it('catalog.search answers with names, best first; bad requests are refused', async () => {
    const { dispatch } = setup();
    const result = await dispatch('catalog.search', { query: 'spbz', locale: 'zh-CN', limit: 3 }, context);
    expect(result).toMatchObject({
      ok: true,
      value: { hits: [{ code: 'SC-005', kind: 'item', name: { 'zh-CN': '食品小经营店备案' }, match: 'pinyin' }] },
    });
    expect(await dispatch('catalog.search', { query: 'x'.repeat(65) }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
    expect(await dispatch('catalog.search', { query: 'shipin', limit: 0 }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
  });

  it('catalog.browse by department, life event and audience', async () => {
    const { dispatch } = setup();
    expect(await dispatch('catalog.browse', { by: 'department', department: 'housingFund' }, context)).toMatchObject({
      ok: true,
      value: { items: ['GJJ-001', 'GJJ-002', 'GJJ-003', 'GJJ-004'], packages: [] },
    });
    const death = await dispatch('catalog.browse', { by: 'lifeEvent', lifeEvent: 'death' }, context);
    expect(death).toMatchObject({ ok: true, value: { packages: ['YJS-005'] } });
    expect(await dispatch('catalog.browse', { by: 'audience', audience: 'both' }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalidRequest' },
    });
  });

  it('emits catalog.changed when a platform catalog is accepted', () => {
    const { service } = setup();
    const hub = new EventHub();
    const seen: unknown[] = [];
    hub.connect((event, payload) => seen.push([event, payload]));
    connectCatalogEvents(service, hub);
    expect(service.replace(platformCatalog('2025.07.02'))).toMatchObject({ ok: true });
    expect(seen).toEqual([['catalog.changed', { version: '2025.07.02', source: 'platform' }]]);
  });
});
