import { appendFileSync, chmodSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { redact } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  child(scope: string): Logger;
}

export interface LoggerOptions {
  /** JSON-lines file; omitted = console only. */
  file?: string;
  level?: LogLevel;
  /** Also print to stderr (development and the web host). */
  console?: boolean;
  /** Rotate the file when it grows past this size (default 5 MiB); `keep` older files are kept (default 3). */
  rotateBytes?: number;
  keep?: number;
}

/** Appends lines to one file, readable by its owner only, rotating it to .1 … .keep when it grows too big. */
function fileSink(file: string, rotateBytes: number, keep: number): (line: string) => void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  let size = existsSync(file) ? statSync(file).size : 0;
  if (existsSync(file)) chmodSync(file, 0o600);
  return (line) => {
    if (size + line.length > rotateBytes && size > 0) {
      for (let n = keep - 1; n >= 1; n -= 1)
        if (existsSync(`${file}.${n}`)) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
      renameSync(file, `${file}.1`);
      size = 0;
    }
    appendFileSync(file, line, { mode: 0o600 });
    size += Buffer.byteLength(line);
  };
}

const sinks = new Map<string, (line: string) => void>();

/** Application log: one JSON object per line, every message passed through redact(). */
export function createLogger(options: LoggerOptions = {}, scope = 'kiosk'): Logger {
  const threshold = rank[options.level ?? 'info'];
  const file = options.file;
  let sink = file ? sinks.get(file) : undefined;
  if (file && !sink) {
    sink = fileSink(file, options.rotateBytes ?? 5 * 1024 * 1024, options.keep ?? 3);
    sinks.set(file, sink);
  }
  const write = (level: LogLevel, message: string) => {
    if (rank[level] < threshold) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, scope, msg: redact(message) });
    sink?.(`${line}\n`);
    if (options.console) process.stderr.write(`${line}\n`);
  };
  return {
    debug: (m) => write('debug', m),
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
    child: (child) => createLogger(options, `${scope}.${child}`),
  };
}

/** A logger that keeps lines in memory; tests read `lines` to check what would have been written. */
export function createMemoryLogger(scope = 'test'): Logger & { lines: string[] } {
  const lines: string[] = [];
  const make = (s: string): Logger => ({
    debug: (m) => lines.push(`debug ${s} ${redact(m)}`),
    info: (m) => lines.push(`info ${s} ${redact(m)}`),
    warn: (m) => lines.push(`warn ${s} ${redact(m)}`),
    error: (m) => lines.push(`error ${s} ${redact(m)}`),
    child: (c) => make(`${s}.${c}`),
  });
  return Object.assign(make(scope), { lines });
}
