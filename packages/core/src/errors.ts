/**
 * Errors raised at heapline's boundaries. Misuse of the API (a command on an unknown or freed
 * object, a refcount that would go below zero, an invalid generation) and inconsistent logs are
 * reported as a {@link HeapError} with a stable `code`; broken invariants inside heapline are
 * {@link InternalError}s. A command that throws has appended nothing and changed nothing.
 */

/** Stable error codes, safe to match on. */
export const ErrorCode = {
  UnknownObject: 'HL_UNKNOWN_OBJECT',
  FreedObject: 'HL_FREED_OBJECT',
  UnknownRoot: 'HL_UNKNOWN_ROOT',
  RootNotEmpty: 'HL_ROOT_NOT_EMPTY',
  RefcountUnderflow: 'HL_REFCOUNT_UNDERFLOW',
  NotHeld: 'HL_NOT_HELD',
  BadSlot: 'HL_BAD_SLOT',
  InvalidGeneration: 'HL_INVALID_GENERATION',
  InvalidThreshold: 'HL_INVALID_THRESHOLD',
  InvalidArgument: 'HL_INVALID_ARGUMENT',
  NotGcObject: 'HL_NOT_GC_OBJECT',
  NotWeakref: 'HL_NOT_WEAKREF',
  IndexOutOfRange: 'HL_INDEX_OUT_OF_RANGE',
  CorruptLog: 'HL_CORRUPT_LOG',
  CallbackFailed: 'HL_CALLBACK_FAILED',
  /** Event-log files (JSON Lines): a line that is not JSON. */
  LogNotJson: 'HL_LOG_NOT_JSON',
  /** The header line is missing or malformed. */
  LogBadHeader: 'HL_LOG_BAD_HEADER',
  /** The file was written by a newer heapline (a format version this reader does not know). */
  LogNewerVersion: 'HL_LOG_NEWER_VERSION',
  /** An event line names a kind that does not exist. */
  LogUnknownKind: 'HL_LOG_UNKNOWN_KIND',
  /** An event line lacks a field, or a field has the wrong type or range. */
  LogBadField: 'HL_LOG_BAD_FIELD',
  /** An event's `seq` is not the next sequence number. */
  LogSeqOrder: 'HL_LOG_SEQ_ORDER',
  /** An allocation reuses an object id (or skips ahead of the next one). */
  LogIdReused: 'HL_LOG_ID_REUSED',
  /** The file ends early: a cut-off last line or no end line (a killed writer). */
  LogTruncated: 'HL_LOG_TRUNCATED',
  /** A line longer than the reader accepts (a hostile file without newlines). */
  LogLineTooLong: 'HL_LOG_LINE_TOO_LONG',
  /** The end line disagrees with the events, or something follows it. */
  LogBadEnd: 'HL_LOG_BAD_END',
  /** A file could not be read or written (missing, unreadable, not gzip...). */
  Io: 'HL_IO',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A typed error with a stable code, raised for misuse at a boundary. */
export class HeapError extends Error {
  override readonly name = 'HeapError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Raised when one of heapline's own invariants does not hold: a bug in heapline. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Throws a {@link HeapError}; every boundary error goes through here. */
export function fail(code: ErrorCode, message: string): never {
  throw new HeapError(code, message);
}

/** Asserts one of heapline's own invariants. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InternalError(`heapline invariant broken: ${message}`);
}

/** For exhaustive switches over a discriminated union. */
export function assertNever(value: never, what = 'value'): never {
  throw new InternalError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
