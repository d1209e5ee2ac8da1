/**
 * @heapline/core: an event-sourced simulation of CPython 3.11's memory management.
 * The public API, and nothing else, is exported here.
 */
export { Heap, type AllocSpec, type WeakrefSpec } from './heap/heap.js';
export {
  TRASHCAN_LIMIT,
  defaultAddress,
  type Finalizer,
  type GcCallback,
  type GcCallbackInfo,
  type HeapLike,
  type HeapOptions,
  type WeakrefCallback,
} from './heap/engine.js';
export { EventLog, EventBatch, type EventLogOptions, type LogStorage } from './log/eventLog.js';
export { StringTable, CLASS_SLOT_LABEL } from './log/stringTable.js';
export {
  AllocFlag,
  DebugFlag,
  EVENT_FORMAT_VERSION,
  GcSetting,
  INTERPRETER_ROOT,
  Kind,
  KIND_NAMES,
  SIMULATED_PYTHON,
  Stream,
  type EventOf,
  type GcSettingName,
  type HeapEvent,
  type Holder,
  type KindCode,
  type KindName,
  type Slot,
  type StreamName,
} from './events/kinds.js';
export { HeapState, ObjFlag, type GenStats } from './state/heapState.js';
export { GcList } from './state/gcLists.js';
export { stateSnapshot, type ObjectSnapshot, type StateSnapshot } from './state/snapshot.js';
export { replay } from './replay.js';
export { ErrorCode, HeapError, InternalError } from './errors.js';
export { escapeControl } from './formats/escape.js';
export { Timeline, type TimelineMemory, type TimelineOptions } from './timeline/timeline.js';
export { HistoryIndex } from './timeline/historyIndex.js';
export type { Lifecycle, ObjectChange, RefcountPoint } from './timeline/queries/history.js';
export type { PathEdge } from './timeline/queries/retainingPaths.js';
export type { PendingGarbage } from './timeline/queries/pendingGarbage.js';
export type { LiveGroup } from './timeline/queries/liveGroups.js';
export type { DiffObject, HeapDiff } from './timeline/queries/diff.js';
export type { HeapView, HolderRef, ListName, ObjectView, Referent, RootView } from './timeline/heapView.js';
export type { ViewChange } from './timeline/nextView.js';
export type { Patch } from './immer.js';
export { followLog } from './streams/followLog.js';
export { cursorStates$ } from './streams/cursorStates.js';
export { views$ } from './streams/views.js';
export { gcStats, generationCounts, liveByType, refcount, type GenerationCount, type TypeTally } from './streams/selectors.js';
export {
  JsonlLogWriter,
  JsonlReader,
  LOG_FORMAT,
  LogError,
  endLine,
  eventLine,
  srcAfter,
  headerLine,
  makeHeader,
  readJsonl,
  streamJsonl,
  writeJsonl,
  type JsonlLog,
  type JsonlReadOptions,
  type LogFile,
  type LogHeader,
  type ReadSummary,
} from './formats/jsonl/index.js';
export { appendEvent } from './events/encode.js';
export {
  ChromeTraceExport,
  exportChromeTrace,
  type ChromeTraceOptions,
  type ChromeTraceSummary,
  type TextSink,
} from './formats/chromeTrace/chromeTrace.js';
export { MICROSECONDS_PER_EVENT } from './formats/chromeTrace/traceEvents.js';
export { ParquetExport, exportParquet, type ByteSink, type ParquetExportOptions } from './formats/parquet/parquetExport.js';
export { PARQUET_COLUMNS, type ParquetColumn } from './formats/parquet/columns.js';
export { exportHeapSnapshot, type HeapSnapshotSummary } from './formats/heapSnapshot/heapSnapshot.js';
export { SNAPSHOT_META, snapshotNodeId } from './formats/heapSnapshot/snapshotFormat.js';
export { heapAt, type HeapAt } from './formats/heapSnapshot/heapAt.js';
export { exportDot, type DotOptions, type DotSummary } from './formats/dot/dot.js';
export { jsonText, terminalSafeJson } from './formats/chromeTrace/jsonText.js';
