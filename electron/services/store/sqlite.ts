import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

/**
 * SQLite through Node's built-in `node:sqlite` (the same module inside Electron's Node): no native module to
 * rebuild for Electron, no glibc floor of its own. A thin face over it with what the services use — statements,
 * `exec`, `pragma` and `transaction` — so they keep their SQL and the store keeps one connection.
 * Blobs come back as Buffers, as the services expect of them.
 */
export type Row = Record<string, unknown>;

export interface Statement {
  run(...params: SQLInputValue[]): { changes: number; lastInsertRowid: number };
  get(...params: SQLInputValue[]): unknown;
  all(...params: SQLInputValue[]): unknown[];
}

function withBuffers(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  const out = row as Row;
  for (const [key, value] of Object.entries(out))
    if (value instanceof Uint8Array && !Buffer.isBuffer(value))
      out[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return out;
}

class WrappedStatement implements Statement {
  constructor(private readonly statement: StatementSync) {}

  run(...params: SQLInputValue[]) {
    const result = this.statement.run(...params);
    return { changes: Number(result.changes), lastInsertRowid: Number(result.lastInsertRowid) };
  }

  get(...params: SQLInputValue[]): unknown {
    return withBuffers(this.statement.get(...params));
  }

  all(...params: SQLInputValue[]): unknown[] {
    return this.statement.all(...params).map(withBuffers);
  }
}

export interface OpenOptions {
  readonly readonly?: boolean;
}

export class SqliteDatabase {
  private readonly db: DatabaseSync;
  private depth = 0;
  private closed = false;

  constructor(path: string, options: OpenOptions = {}) {
    this.db = new DatabaseSync(path, { readOnly: options.readonly ?? false });
  }

  get open(): boolean {
    return !this.closed;
  }

  prepare(sql: string): Statement {
    return new WrappedStatement(this.db.prepare(sql));
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** `pragma('user_version', { simple: true })` → the value; `pragma('x = y')` → the rows it returns. */
  pragma(source: string, options: { readonly simple?: boolean } = {}): unknown {
    const rows = this.db.prepare(`PRAGMA ${source}`).all();
    if (!options.simple) return rows.map(withBuffers);
    const first = rows[0];
    return first === undefined ? undefined : Object.values(first)[0];
  }

  /**
   * Runs `fn` in one transaction: BEGIN IMMEDIATE at the outside (the write lock is taken at once, so two
   * writers never deadlock half-way), a savepoint when nested. A throw rolls back what `fn` did.
   */
  transaction<T>(fn: () => T): { immediate(): T } {
    return {
      immediate: () => {
        const outer = this.depth === 0;
        const savepoint = `sp${this.depth}`;
        this.db.exec(outer ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
        this.depth += 1;
        let result: T;
        try {
          result = fn();
        } catch (error) {
          this.depth -= 1;
          this.undo(outer, savepoint);
          throw error;
        }
        this.depth -= 1;
        try {
          this.db.exec(outer ? 'COMMIT' : `RELEASE ${savepoint}`);
        } catch (error) {
          // COMMIT itself can fail (a full disk, a deferred constraint): undo, and keep the depth true, so the
          // next transaction starts clean instead of nesting into a savepoint of one that is gone.
          this.undo(outer, savepoint);
          throw error;
        }
        return result;
      },
    };
  }

  /** Rolls back what a failed transaction did; SQLite may have rolled it back already (SQLITE_FULL does). */
  private undo(outer: boolean, savepoint: string): void {
    if (outer) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      return;
    }
    if (this.db.isTransaction) this.db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
