import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldCipher } from './cipher.js';
import { FileKeyProvider, StaticKeyProvider } from './key-provider.js';
import { latestSchemaVersion, migrations } from './migrations.js';
import {
  chooseElectronKeyProvider,
  type SafeStorageLike,
  SafeStorageKeyProvider,
} from './safe-storage-key-provider.js';
import { KioskStore } from './store.js';

describe('store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL mode at the latest schema version and records each migration', () => {
    const store = KioskStore.open({
      path: join(dir, 'kiosk.db'),
      keyProvider: new FileKeyProvider(join(dir, 'keys', 'store.key')),
    });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(store.schemaVersion()).toBe(latestSchemaVersion);
    const steps = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{
      version: number;
    }>;
    expect(steps.map((s) => s.version)).toEqual(migrations.map((m) => m.version));
    const tables = (
      store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['outbox', 'case_history', 'settings', 'audit_log', 'counters', 'documents']),
    );
    // The kiosk's database holds kiosk tables only: the embedded platform keeps its own file.
    expect(tables.filter((t) => t.startsWith('p_'))).toEqual([]);
    store.close();
    // Re-opening migrates nothing and keeps the data.
    const again = KioskStore.open({
      path: join(dir, 'kiosk.db'),
      keyProvider: new FileKeyProvider(join(dir, 'keys', 'store.key')),
    });
    expect(again.keyStatus).toBe('ok');
    expect((again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(
      migrations.length,
    );
    again.close();
  });

  it('refuses a database from a newer version instead of touching it', () => {
    const path = join(dir, 'kiosk.db');
    KioskStore.open({ path, keyProvider: new StaticKeyProvider() }).close();
    const older = [{ version: 1, name: 'an older kiosk knows only the first step', sql: 'SELECT 1' }];
    expect(() => KioskStore.open({ path, keyProvider: new StaticKeyProvider(), migrations: older })).toThrow(
      `schema version ${latestSchemaVersion}, newer than this kiosk knows (1)`,
    );
  });

  it('creates the key file once, readable only by the owner, outside the database', () => {
    const keyPath = join(dir, 'keys', 'store.key');
    const a = new FileKeyProvider(keyPath).getKey();
    expect(existsSync(keyPath)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(new FileKeyProvider(keyPath).getKey().equals(a)).toBe(true);
    const store = KioskStore.open({ path: join(dir, 'kiosk.db'), keyProvider: new FileKeyProvider(keyPath) });
    store.close();
    const raw = readFileSync(join(dir, 'kiosk.db'));
    expect(raw.includes(a)).toBe(false);
    expect(raw.includes(Buffer.from(a.toString('base64')))).toBe(false);
  });

  it('notices when it is opened with another key', () => {
    const path = join(dir, 'kiosk.db');
    KioskStore.open({ path, keyProvider: new StaticKeyProvider(randomBytes(32)) }).close();
    const other = KioskStore.open({ path, keyProvider: new StaticKeyProvider(randomBytes(32)) });
    expect(other.keyStatus).toBe('mismatch');
    other.close();
  });

  it('encrypts with AES-256-GCM bound to the row: a copied or altered blob does not open', () => {
    const cipher = new FieldCipher(randomBytes(32));
    const sealed = cipher.seal('申请人 张三 140311200001010000', 'outbox:A');
    expect(sealed.includes(Buffer.from('张三'))).toBe(false);
    expect(cipher.open(sealed, 'outbox:A')).toBe('申请人 张三 140311200001010000');
    expect(cipher.open(sealed, 'outbox:B')).toBeUndefined();
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(cipher.open(flipped, 'outbox:A')).toBeUndefined();
    expect(new FieldCipher(randomBytes(32)).open(sealed, 'outbox:A')).toBeUndefined();
    expect(cipher.index('x')).toBe(cipher.index('x'));
  });

  it('keeps the key wrapped by safeStorage when the OS protects it, a key file otherwise', () => {
    const fake: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(`wrapped:${Buffer.from(s).toString('hex')}`),
      decryptString: (b) => Buffer.from(b.toString().slice('wrapped:'.length), 'hex').toString(),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    };
    const paths = { wrappedKey: join(dir, 'keys', 'store.key.enc'), keyFile: join(dir, 'keys', 'store.key') };
    const chosen = chooseElectronKeyProvider(fake, paths, () => {});
    expect(chosen).toBeInstanceOf(SafeStorageKeyProvider);
    const key = chosen.getKey();
    expect(readFileSync(paths.wrappedKey).toString()).toMatch(/^wrapped:/);
    expect(
      chooseElectronKeyProvider(fake, paths, () => {})
        .getKey()
        .equals(key),
    ).toBe(true);

    const dir2 = join(dir, 'plain');
    const warnings: string[] = [];
    const basic = chooseElectronKeyProvider(
      { ...fake, getSelectedStorageBackend: () => 'basic_text' },
      { wrappedKey: join(dir2, 'k.enc'), keyFile: join(dir2, 'k') },
      (m) => warnings.push(m),
    );
    expect(basic).toBeInstanceOf(FileKeyProvider);
    expect(warnings.join()).toContain('basic_text');
  });

  it('counts atomically and keeps settings', () => {
    const store = KioskStore.open({ path: ':memory:', keyProvider: new StaticKeyProvider() });
    expect([store.nextCounter('a'), store.nextCounter('a'), store.nextCounter('b')]).toEqual([1, 2, 1]);
    store.setSetting('x', { y: 1 });
    expect(store.getSetting('x')).toEqual({ y: 1 });
    store.close();
  });
});
