/**
 * The Parquet schema of an exported event log: one row per event, one typed column per event
 * field. `seq` and `kind` are set on every row; the other columns are nullable and set only by
 * the kinds that carry that field (the table in docs/exports.md lists which). A column keeps the
 * same meaning whatever the kind, so `SELECT site, sum(size) ... WHERE kind = 'heap.alloc'` and
 * `WHERE id = 42` read naturally.
 */
import type { SchemaElement } from 'hyparquet-writer';

/** Physical type of a column (all of them nullable except `seq` and `kind`). */
export type ParquetColumnType = 'INT32' | 'STRING' | 'BOOLEAN' | 'INT32_LIST';

/** One column of the export. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: ParquetColumnType;
  /** What it holds, per kind (shown in docs/exports.md). */
  readonly doc: string;
  /**
   * Min/max statistics per row group (lets readers skip groups on filters); kept for the
   * columns queries filter on, since computing them costs a pass per column.
   */
  readonly stats?: boolean;
}

/** The columns, in file order. */
export const PARQUET_COLUMNS = [
  { name: 'seq', stats: true, type: 'INT32', doc: 'event index in the log, from 0 (never null)' },
  { name: 'kind', stats: true, type: 'STRING', doc: "dotted event kind, e.g. 'heap.alloc' (never null)" },
  { name: 'id', stats: true, type: 'INT32', doc: 'the object the event is about: heap.*, gc.track/untrack/clear/save; ref.*: the target; weakref.*: the weakref' },
  { name: 'holder', stats: true, type: 'INT32', doc: 'ref.*: who holds the reference (object id > 0, root id < 0)' },
  { name: 'slot', type: 'STRING', doc: "ref.*: the slot label ('x', \"['k']\", '__class__'); null for a position in a sequence" },
  { name: 'position', type: 'INT32', doc: 'ref.* in a sequence holder: the position; ref.insert: where the label is inserted' },
  { name: 'referent', type: 'INT32', doc: 'weakref.new, weakref.clear: the object referred to' },
  { name: 'type', type: 'STRING', doc: "heap.alloc: the type name ('list', 'Node')" },
  { name: 'size', stats: true, type: 'INT32', doc: 'heap.alloc: bytes; heap.resize: the new size' },
  { name: 'old_size', type: 'INT32', doc: 'heap.resize: the size before' },
  { name: 'site', type: 'STRING', doc: "heap.alloc: allocation site 'file:line' ('' when unknown)" },
  { name: 'gc', type: 'BOOLEAN', doc: 'heap.alloc: has a GC header (a container the collector may track)' },
  { name: 'tracked', type: 'BOOLEAN', doc: 'heap.alloc: tracked by the collector from the start' },
  { name: 'finalizer', type: 'BOOLEAN', doc: 'heap.alloc: the type has __del__ (tp_finalize)' },
  { name: 'counted', type: 'BOOLEAN', doc: "heap.alloc, heap.free: changed gen0's count (false: served from / parked on a freelist)" },
  { name: 'flags', type: 'INT32', doc: 'heap.alloc: all allocation flags as a bit set (AllocFlag in @heapline/core)' },
  { name: 'generation', type: 'INT32', doc: 'gc.start, gc.done: the generation collected; gc.promote: from' },
  { name: 'to_generation', type: 'INT32', doc: 'gc.promote: the generation the survivors move to' },
  { name: 'automatic', type: 'BOOLEAN', doc: 'gc.start: started by the allocation threshold (false: gc.collect())' },
  { name: 'by_collector', type: 'BOOLEAN', doc: 'weakref.callback: called by the collector (false: on the refcount path)' },
  { name: 'count', type: 'INT32', doc: 'gc.promote: survivors moved; gc.unreachable/uncollectable/resurrect: length of ids' },
  { name: 'ids', type: 'INT32_LIST', doc: 'gc.unreachable, gc.uncollectable, gc.resurrect: the objects, in order' },
  { name: 'collected', type: 'INT32', doc: 'gc.done: objects collected' },
  { name: 'uncollectable', type: 'INT32', doc: 'gc.done: objects found uncollectable' },
  { name: 'setting', type: 'STRING', doc: "gc.config: 'threshold0'..'threshold2', 'enabled', 'debug', 'freeze', 'unfreeze'" },
  { name: 'value', type: 'INT32', doc: 'gc.config: the new value' },
  { name: 'root', type: 'INT32', doc: 'root.add, root.remove: the root id (negative)' },
  { name: 'name', type: 'STRING', doc: "root.add: the root's name ('frame f', 'globals')" },
  { name: 'file', type: 'STRING', doc: 'program.line: the source file' },
  { name: 'line', type: 'INT32', doc: 'program.line: the line reached' },
  { name: 'stream', type: 'STRING', doc: "program.output: 'stdout' or 'stderr'" },
  { name: 'text', type: 'STRING', doc: 'program.output: the text written' },
  { name: 'src_file', type: 'STRING', doc: 'every event: the source file being run when it happened (null before the first line)' },
  { name: 'src_line', stats: true, type: 'INT32', doc: 'every event: the source line being run when it happened (null before the first line)' },
] as const satisfies readonly ParquetColumn[];

/** A column name of the export. */
export type ParquetColumnName = (typeof PARQUET_COLUMNS)[number]['name'];

/** The explicit Parquet schema (root, then one element per column; `ids` is a 3-level LIST). */
export function parquetSchema(): SchemaElement[] {
  const out: SchemaElement[] = [{ name: 'root', num_children: PARQUET_COLUMNS.length }];
  for (const c of PARQUET_COLUMNS) {
    const repetition_type = c.name === 'seq' || c.name === 'kind' ? 'REQUIRED' : 'OPTIONAL';
    switch (c.type) {
      case 'INT32':
        out.push({ name: c.name, type: 'INT32', repetition_type });
        break;
      case 'BOOLEAN':
        out.push({ name: c.name, type: 'BOOLEAN', repetition_type });
        break;
      case 'STRING':
        out.push({ name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type });
        break;
      case 'INT32_LIST':
        out.push({ name: c.name, repetition_type, converted_type: 'LIST', num_children: 1 });
        out.push({ name: 'list', repetition_type: 'REPEATED', num_children: 1 });
        out.push({ name: 'element', type: 'INT32', repetition_type: 'REQUIRED' });
        break;
    }
  }
  return out;
}
