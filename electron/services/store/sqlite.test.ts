import { describe, expect, it } from 'vitest';
import { SqliteDatabase } from './sqlite.js';

describe('node:sqlite face', () => {
  const open = () => {
    const db = new SqliteDatabase(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, body BLOB)');
    return db;
  };
  const count = (db: SqliteDatabase) => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

  it('gives blobs back as Buffers and pragmas as values or rows', () => {
    const db = open();
    db.prepare('INSERT INTO t (name, body) VALUES (?, ?)').run('a', Buffer.from([1, 2, 3]));
    const row = db.prepare('SELECT body FROM t').get() as { body: Buffer };
    expect(Buffer.isBuffer(row.body)).toBe(true);
    expect(row.body.toString('hex')).toBe('010203');
    db.pragma('user_version = 7');
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.pragma('table_info(t)')).toHaveLength(3);
  });

  it('commits a transaction, rolls back one that throws, and nests with savepoints', () => {
    const db = open();
    expect(db.transaction(() => db.prepare("INSERT INTO t (name) VALUES ('a')").run().changes).immediate()).toBe(1);
    expect(() =>
      db
        .transaction(() => {
          db.prepare("INSERT INTO t (name) VALUES ('b')").run();
          throw new Error('no');
        })
        .immediate(),
    ).toThrow('no');
    expect(count(db)).toBe(1);
    db.transaction(() => {
      db.prepare("INSERT INTO t (name) VALUES ('c')").run();
      expect(() =>
        db
          .transaction(() => {
            db.prepare("INSERT INTO t (name) VALUES ('d')").run();
            throw new Error('inner');
          })
          .immediate(),
      ).toThrow('inner');
    }).immediate();
    expect((db.prepare('SELECT name FROM t ORDER BY id').all() as Array<{ name: string }>).map((r) => r.name)).toEqual([
      'a',
      'c',
    ]);
    db.close();
    expect(db.open).toBe(false);
  });

  it('stays usable when COMMIT itself fails (found with a full disk: the next transaction nested into a dead one)', () => {
    const db = open();
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    db.exec(
      'CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)',
    );
    // A deferred constraint is checked at COMMIT: the body runs, the commit fails.
    expect(() => db.transaction(() => db.prepare('INSERT INTO child (parent) VALUES (42)').run()).immediate()).toThrow(
      /FOREIGN KEY/,
    );
    expect((db.prepare('SELECT COUNT(*) AS n FROM child').get() as { n: number }).n).toBe(0);
    // The next transaction is a real one again: it commits, and a throw inside it rolls back.
    db.transaction(() => db.prepare("INSERT INTO t (name) VALUES ('after')").run()).immediate();
    expect(count(db)).toBe(1);
    expect(() =>
      db
        .transaction(() => {
          db.prepare("INSERT INTO t (name) VALUES ('undone')").run();
          throw new Error('no');
        })
        .immediate(),
    ).toThrow('no');
    expect(count(db)).toBe(1);
  });
});
