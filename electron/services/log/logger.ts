import { appendFileSync, mkdirSync } from 'node:fs';
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
}

/** Application log: one JSON object per line, every message passed through redact(). */
export function createLogger(options: LoggerOptions = {}, scope = 'kiosk'): Logger {
  const threshold = rank[options.level ?? 'info'];
  if (options.file) mkdirSync(dirname(options.file), { recursive: true });
  const write = (level: LogLevel, message: string) => {
    if (rank[level] < threshold) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, scope, msg: redact(message) });
    if (options.file) appendFileSync(options.file, `${line}\n`);
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
