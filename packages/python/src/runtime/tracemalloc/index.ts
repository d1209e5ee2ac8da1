/**
 * A pure model of CPython 3.11's tracemalloc: the trace table of `_tracemalloc` and the Python
 * layer of `Lib/tracemalloc.py` (snapshots, statistics, filters and their exact text formats).
 * Independent of the interpreter, which feeds block operations into a {@link TraceTable}.
 */
export { TraceTable, MAX_NFRAME, DEFAULT_DOMAIN, UNKNOWN_FRAME, type BlockKey } from './traceTable.js';
export {
  Snapshot,
  Trace,
  Statistic,
  StatisticDiff,
  Filter,
  DomainFilter,
  type RawTrace,
  type TraceFilter,
  type KeyType,
} from './snapshot.js';
export { Frame, Traceback, compareFrames, compareStrings, pyStrip, type RawFrame, type LineLookup } from './traceback.js';
export { formatSize, printfFixed } from './formatSize.js';
export { fnmatch, normalizeFilename } from './fnmatch.js';
export {
  isTracemallocError,
  tracemallocError,
  NFRAME_RANGE_MESSAGE,
  NOT_TRACING_MESSAGE,
  type TracemallocError,
  type TracemallocErrorType,
} from './errors.js';
