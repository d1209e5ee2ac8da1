/**
 * The fields of each event kind's line, in canonical order, with their value types: one table
 * that drives both readers (the fast path for canonical lines and the checked path for
 * anything else). docs/event-log.md and docs/event-log.schema.json say the same thing.
 */
import { GC_SETTING_NAMES, type KindName } from '../../events/kinds.js';

/**
 * Value types: `id` an object id (1..2^31-1); `holder` an object or root id (non-zero int32);
 * `root` a root id (negative int32); `nat` an int32 >= 0; `int` any int32; `gen` 0..2;
 * `bool`; `str` any string; `slot` a string or a nat; `ids` an array of ids; `untrack`
 * null, 'tuple' or 'dict'; `setting` a gc.config setting; `stream` 'stdout' or 'stderr'.
 */
export type FieldType = 'id' | 'holder' | 'root' | 'nat' | 'int' | 'gen' | 'bool' | 'str' | 'slot' | 'ids' | 'untrack' | 'setting' | 'stream';
export type FieldSpec = readonly (readonly [name: string, type: FieldType])[];

const ID_ONLY: FieldSpec = [['id', 'id']];
const REF: FieldSpec = [['target', 'id'], ['holder', 'holder'], ['slot', 'slot']];
const WEAK: FieldSpec = [['weakref', 'id'], ['referent', 'id']];
const IDS: FieldSpec = [['ids', 'ids']];

/** Fields after `seq` and `kind`, per kind. A Map, so no key can reach Object.prototype. */
export const FIELD_SPECS = new Map<KindName, FieldSpec>([
  ['heap.alloc', [
    ['id', 'id'], ['type', 'str'], ['size', 'nat'], ['site', 'str'], ['gc', 'bool'], ['tracked', 'bool'], ['sequence', 'bool'],
    ['finalizer', 'bool'], ['legacyDel', 'bool'], ['clearable', 'bool'], ['trashcan', 'bool'], ['counted', 'bool'],
    ['untrack', 'untrack'], ['weakref', 'bool'],
  ]],
  ['heap.resize', [['id', 'id'], ['oldSize', 'nat'], ['size', 'nat']]],
  ['heap.free', [['id', 'id'], ['counted', 'bool']]],
  ['heap.finalize', ID_ONLY],
  ['heap.defer', ID_ONLY],
  ['ref.take', REF],
  ['ref.insert', [['target', 'id'], ['holder', 'holder'], ['slot', 'str'], ['position', 'nat']]],
  ['ref.drop', REF],
  ['gc.track', ID_ONLY],
  ['gc.untrack', ID_ONLY],
  ['weakref.new', WEAK],
  ['weakref.clear', WEAK],
  ['weakref.callback', [['weakref', 'id'], ['byCollector', 'bool']]],
  ['gc.start', [['generation', 'gen'], ['automatic', 'bool']]],
  ['gc.unreachable', IDS],
  ['gc.uncollectable', IDS],
  ['gc.promote', [['from', 'gen'], ['to', 'gen'], ['count', 'nat']]],
  ['gc.resurrect', IDS],
  ['gc.clear', ID_ONLY],
  ['gc.save', ID_ONLY],
  ['gc.done', [['generation', 'gen'], ['collected', 'nat'], ['uncollectable', 'nat']]],
  ['gc.config', [['setting', 'setting'], ['value', 'int']]],
  ['root.add', [['root', 'root'], ['name', 'str']]],
  ['root.remove', [['root', 'root']]],
  ['program.line', [['file', 'str'], ['line', 'nat']]],
  ['program.output', [['stream', 'stream'], ['text', 'str']]],
]);

export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;
export const SETTINGS: readonly string[] = GC_SETTING_NAMES.slice(1);

/** Whether an integer `v` is in range for `type` (for the integer types). */
export function intInRange(type: FieldType, v: number): boolean {
  switch (type) {
    case 'id':
      return v >= 1 && v <= INT32_MAX;
    case 'holder':
      return v !== 0 && v >= INT32_MIN && v <= INT32_MAX;
    case 'root':
      return v < 0 && v >= INT32_MIN;
    case 'nat':
      return v >= 0 && v <= INT32_MAX;
    case 'gen':
      return v >= 0 && v <= 2;
    default:
      return v >= INT32_MIN && v <= INT32_MAX;
  }
}
