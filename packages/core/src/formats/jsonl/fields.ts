/**
 * Hand-written validation of one parsed event line (the reader's hot path; the JSON Schema in
 * docs/event-log.schema.json says the same thing for other tools). Builds a fresh event with
 * only the known fields, so extra keys, `__proto__` and `constructor` included, change nothing.
 */
import { ErrorCode } from '../../errors.js';
import { GC_SETTING_NAMES, type GcSettingName, type HeapEvent, type KindName, type Slot } from '../../events/kinds.js';
import { bad } from './logError.js';

type Obj = Record<string, unknown>;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Reads the fields of one line, naming the line and field in every error. */
class Fields {
  constructor(
    readonly o: Obj,
    readonly line: number,
    readonly kind: string,
  ) {}
  private fail(name: string, want: string): never {
    const v = this.o[name];
    const found = v === undefined ? 'it is missing' : `found ${JSON.stringify(v).slice(0, 40)}`;
    bad(ErrorCode.LogBadField, this.line, `${this.kind} field '${name}' must be ${want}; ${found}`);
  }
  int(name: string, min = INT32_MIN, max = INT32_MAX): number {
    const v = this.o[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(name, min === 1 ? 'a positive integer' : min === 0 ? 'an integer >= 0' : 'a 32-bit integer');
    }
    return v;
  }
  id(name: string): number {
    return this.int(name, 1);
  }
  holder(name: string): number {
    const v = this.int(name);
    if (v === 0) this.fail(name, 'an object id (> 0) or a root id (< 0)');
    return v;
  }
  bool(name: string): boolean {
    const v = this.o[name];
    if (typeof v !== 'boolean') this.fail(name, 'true or false');
    return v;
  }
  str(name: string): string {
    const v = this.o[name];
    if (typeof v !== 'string') this.fail(name, 'a string');
    return v;
  }
  slot(name: string): Slot {
    const v = this.o[name];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= INT32_MAX) return v;
    return this.fail(name, 'a label (string) or a position (integer >= 0)');
  }
  ids(name: string): number[] {
    const v = this.o[name];
    if (!Array.isArray(v)) this.fail(name, 'an array of object ids');
    for (const x of v) if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > INT32_MAX) this.fail(name, 'an array of object ids');
    return v as number[];
  }
  oneOf<T extends string>(name: string, values: readonly T[]): T {
    const v = this.o[name];
    if (typeof v !== 'string' || !values.includes(v as T)) this.fail(name, `one of ${values.map((x) => `'${x}'`).join(', ')}`);
    return v as T;
  }
}

type Build = (f: Fields, seq: number) => HeapEvent;
const SETTINGS = GC_SETTING_NAMES.slice(1) as GcSettingName[];
const idOnly = <K extends 'heap.finalize' | 'heap.defer' | 'gc.track' | 'gc.untrack' | 'gc.clear' | 'gc.save'>(kind: K): Build =>
  (f, seq) => ({ kind, seq, id: f.id('id') }) as HeapEvent;
const idList = <K extends 'gc.unreachable' | 'gc.uncollectable' | 'gc.resurrect'>(kind: K): Build =>
  (f, seq) => ({ kind, seq, ids: f.ids('ids') }) as HeapEvent;

/** One builder per kind; a Map, so no key can reach Object.prototype. */
const BUILDERS = new Map<string, Build>([
  ['heap.alloc', (f, seq) => {
    const untrack = f.o['untrack'] === null ? null : f.oneOf('untrack', ['tuple', 'dict'] as const);
    return {
      kind: 'heap.alloc', seq, id: f.id('id'), type: f.str('type'), size: f.int('size', 0), site: f.str('site'),
      gc: f.bool('gc'), tracked: f.bool('tracked'), sequence: f.bool('sequence'), finalizer: f.bool('finalizer'),
      legacyDel: f.bool('legacyDel'), clearable: f.bool('clearable'), trashcan: f.bool('trashcan'),
      counted: f.bool('counted'), untrack, weakref: f.bool('weakref'),
    };
  }],
  ['heap.resize', (f, seq) => ({ kind: 'heap.resize', seq, id: f.id('id'), oldSize: f.int('oldSize', 0), size: f.int('size', 0) })],
  ['heap.free', (f, seq) => ({ kind: 'heap.free', seq, id: f.id('id'), counted: f.bool('counted') })],
  ['heap.finalize', idOnly('heap.finalize')],
  ['heap.defer', idOnly('heap.defer')],
  ['ref.take', (f, seq) => ({ kind: 'ref.take', seq, target: f.id('target'), holder: f.holder('holder'), slot: f.slot('slot') })],
  ['ref.insert', (f, seq) => ({
    kind: 'ref.insert', seq, target: f.id('target'), holder: f.holder('holder'), slot: f.str('slot'), position: f.int('position', 0),
  })],
  ['ref.drop', (f, seq) => ({ kind: 'ref.drop', seq, target: f.id('target'), holder: f.holder('holder'), slot: f.slot('slot') })],
  ['gc.track', idOnly('gc.track')],
  ['gc.untrack', idOnly('gc.untrack')],
  ['weakref.new', (f, seq) => ({ kind: 'weakref.new', seq, weakref: f.id('weakref'), referent: f.id('referent') })],
  ['weakref.clear', (f, seq) => ({ kind: 'weakref.clear', seq, weakref: f.id('weakref'), referent: f.id('referent') })],
  ['weakref.callback', (f, seq) => ({ kind: 'weakref.callback', seq, weakref: f.id('weakref'), byCollector: f.bool('byCollector') })],
  ['gc.start', (f, seq) => ({ kind: 'gc.start', seq, generation: f.int('generation', 0, 2), automatic: f.bool('automatic') })],
  ['gc.unreachable', idList('gc.unreachable')],
  ['gc.uncollectable', idList('gc.uncollectable')],
  ['gc.promote', (f, seq) => ({ kind: 'gc.promote', seq, from: f.int('from', 0, 2), to: f.int('to', 0, 2), count: f.int('count', 0) })],
  ['gc.resurrect', idList('gc.resurrect')],
  ['gc.clear', idOnly('gc.clear')],
  ['gc.save', idOnly('gc.save')],
  ['gc.done', (f, seq) => ({
    kind: 'gc.done', seq, generation: f.int('generation', 0, 2), collected: f.int('collected', 0), uncollectable: f.int('uncollectable', 0),
  })],
  ['gc.config', (f, seq) => ({ kind: 'gc.config', seq, setting: f.oneOf('setting', SETTINGS), value: f.int('value') })],
  ['root.add', (f, seq) => ({ kind: 'root.add', seq, root: f.int('root', INT32_MIN, -1), name: f.str('name') })],
  ['root.remove', (f, seq) => ({ kind: 'root.remove', seq, root: f.int('root', INT32_MIN, -1) })],
  ['program.line', (f, seq) => ({ kind: 'program.line', seq, file: f.str('file'), line: f.int('line', 0) })],
  ['program.output', (f, seq) => ({ kind: 'program.output', seq, stream: f.oneOf('stream', ['stdout', 'stderr'] as const), text: f.str('text') })],
]);

/** Whether `name` is an event kind. */
export function isKindName(name: string): name is KindName {
  return BUILDERS.has(name);
}

/**
 * The event a parsed line describes, checked field by field; `seq` must be `expectedSeq`.
 * Throws a {@link LogError} naming the line and the field.
 */
export function eventFromJson(o: unknown, line: number, expectedSeq: number): HeapEvent {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    bad(ErrorCode.LogBadField, line, `an event line must be a JSON object, found ${Array.isArray(o) ? 'an array' : JSON.stringify(o)}`);
  }
  const obj = o as Obj;
  const kind = obj['kind'];
  if (typeof kind !== 'string') bad(ErrorCode.LogBadField, line, `field 'kind' must be a string; ${kind === undefined ? 'it is missing' : `found ${JSON.stringify(kind)}`}`);
  const build = BUILDERS.get(kind);
  if (!build) bad(ErrorCode.LogUnknownKind, line, `unknown event kind ${JSON.stringify(kind).slice(0, 60)}`);
  const f = new Fields(obj, line, kind);
  const seq = obj['seq'];
  if (typeof seq !== 'number' || !Number.isInteger(seq)) f.int('seq', 0);
  if (seq !== expectedSeq) bad(ErrorCode.LogSeqOrder, line, `seq ${String(seq)} out of order: expected ${expectedSeq}`);
  return build(f, expectedSeq);
}
