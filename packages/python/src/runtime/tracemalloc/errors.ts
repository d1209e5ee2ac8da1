/**
 * The errors the tracemalloc model throws: plain objects naming the Python exception type and
 * carrying CPython 3.11's exact message, for the interpreter to raise as Python exceptions.
 */
export type TracemallocErrorType = 'ValueError' | 'TypeError' | 'RuntimeError';

export interface TracemallocError {
  readonly pyType: TracemallocErrorType;
  readonly message: string;
}

export function tracemallocError(pyType: TracemallocErrorType, message: string): TracemallocError {
  return { pyType, message };
}

export function isTracemallocError(e: unknown): e is TracemallocError {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return (r.pyType === 'ValueError' || r.pyType === 'TypeError' || r.pyType === 'RuntimeError') && typeof r.message === 'string';
}

/** `tracemalloc.start(n)` with n outside 1..65535. */
export const NFRAME_RANGE_MESSAGE = 'the number of frames must be in range [1; 65535]';
/** `take_snapshot()` while not tracing. */
export const NOT_TRACING_MESSAGE = 'the tracemalloc module must be tracing memory allocations to take a snapshot';
