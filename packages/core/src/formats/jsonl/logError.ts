import { HeapError, type ErrorCode } from '../../errors.js';

/**
 * A bad line in an event-log file: a {@link HeapError} (stable `code`) that also carries the
 * 1-based line number; its message starts with `line N: `.
 */
export class LogError extends HeapError {
  constructor(
    code: ErrorCode,
    readonly line: number,
    reason: string,
  ) {
    super(code, `line ${line}: ${reason}`);
  }
}

/** Throws a {@link LogError}. */
export function bad(code: ErrorCode, line: number, reason: string): never {
  throw new LogError(code, line, reason);
}

/**
 * A short description of a value read from a log, for error messages: never recursive (a
 * hostile line can nest arrays a million deep) and never long.
 */
export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return `an array of ${v.length} items`;
  return typeof v === 'object' ? 'an object' : typeof v;
}
