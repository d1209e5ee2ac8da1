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
