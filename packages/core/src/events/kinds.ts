/**
 * The event vocabulary: every fact the heap can record. Events are stored columnar in the
 * {@link EventLog} as a kind code plus three 32-bit operands (`a`, `b`, `c`) and, for the few
 * kinds that carry lists, a run of words in the log's auxiliary pool. This file is the one place
 * that says what each operand means; `decode.ts` turns a stored event into a frozen object.
 */

/** Version of the event vocabulary and its encoding; bumped on any incompatible change. */
export const EVENT_FORMAT_VERSION = 1;

/** The CPython version whose behaviour the events describe. */
export const SIMULATED_PYTHON = '3.11';

/** Kind codes as stored in the log. Never renumber: logs on disk depend on them. */
export const Kind = {
  /** a=id b=type(string) c=size; site and flags in the log's object table. */
  Alloc: 1,
  /** a=id b=old size c=new size. */
  Resize: 2,
  /** a=id b=1 if the free decremented gen0's count. */
  Free: 3,
  /** a=id: the object's finalizer (`__del__`) is being called. */
  Finalize: 4,
  /** a=id: dealloc deferred by the trashcan (nesting too deep). */
  Defer: 5,
  /** a=target b=holder c=slot (string id, or position in a sequence holder). */
  Take: 6,
  /** a=target b=holder c=aux offset: aux[c]=slot string, aux[c+1]=position to insert at. */
  Insert: 7,
  /** a=target b=holder c=slot (string id, or position in a sequence holder). */
  Drop: 8,
  /** a=id */
  Track: 9,
  /** a=id */
  Untrack: 10,
  /** a=weakref b=referent */
  WeakNew: 11,
  /** a=weakref b=referent */
  WeakClear: 12,
  /** a=weakref b=1 when called by the collector (handle_weakrefs), 0 on the refcount path. */
  WeakCallback: 13,
  /** a=generation b=1 if automatic (threshold triggered), 0 if requested. */
  GcStart: 14,
  /** a=count c=aux offset: the unreachable objects, in the collector's list order. */
  GcUnreachable: 15,
  /** a=count c=aux offset: objects held back by legacy tp_del finalizers (uncollectable). */
  GcUncollectable: 16,
  /** a=from generation b=to generation c=number of survivors promoted. */
  GcPromote: 17,
  /** a=count c=aux offset: objects resurrected by finalizers or callbacks, in order. */
  GcResurrect: 18,
  /** a=id: delete_garbage takes this object (tp_clear, if the type has one). */
  GcClear: 19,
  /** a=id: DEBUG_SAVEALL keeps this object in gc.garbage instead of clearing it. */
  GcSave: 20,
  /** a=generation b=collected c=uncollectable */
  GcDone: 21,
  /** a=setting b=value */
  GcConfig: 22,
  /** a=root id (negative) b=name(string) */
  RootAdd: 23,
  /** a=root id */
  RootRemove: 24,
  /** a=file(string) b=line */
  Line: 25,
  /** a=stream (1 stdout, 2 stderr) b=text(string) */
  Output: 26,
} as const;
export type KindCode = (typeof Kind)[keyof typeof Kind];

/** Dotted names, as used in decoded events and in files. Index = kind code. */
export const KIND_NAMES = [
  '',
  'heap.alloc',
  'heap.resize',
  'heap.free',
  'heap.finalize',
  'heap.defer',
  'ref.take',
  'ref.insert',
  'ref.drop',
  'gc.track',
  'gc.untrack',
  'weakref.new',
  'weakref.clear',
  'weakref.callback',
  'gc.start',
  'gc.unreachable',
  'gc.uncollectable',
  'gc.promote',
  'gc.resurrect',
  'gc.clear',
  'gc.save',
  'gc.done',
  'gc.config',
  'root.add',
  'root.remove',
  'program.line',
  'program.output',
] as const;
export type KindName = Exclude<(typeof KIND_NAMES)[number], ''>;
export const KIND_COUNT = KIND_NAMES.length;

/** Object flags fixed at allocation (stored in the log's object table). */
export const AllocFlag = {
  /** Has a GC header (GC-capable type); counted in gen0 unless served from a freelist. */
  Gc: 1 << 0,
  /** Tracked by the collector right after allocation. */
  Tracked: 1 << 1,
  /** A sequence (list, tuple): slots are positions; released and traversed last to first. */
  Sequence: 1 << 2,
  /** The type has tp_finalize (a Python class with `__del__`). */
  Finalizer: 1 << 3,
  /** The type has a legacy tp_del: cycles through it are uncollectable. */
  LegacyDel: 1 << 4,
  /** The type has tp_clear (tuples do not). */
  Clearable: 1 << 5,
  /** The type's dealloc is guarded by the trashcan. */
  Trashcan: 1 << 6,
  /** This allocation incremented gen0's count (false when served from a freelist). */
  Counted: 1 << 7,
  /** A tuple: untracked by the collector once it holds nothing that may be tracked. */
  UntrackTuple: 1 << 8,
  /** A dict: untracked by full collections once it holds nothing that may be tracked. */
  UntrackDict: 1 << 9,
  /** A weak reference object. */
  Weakref: 1 << 10,
} as const;

/** What a `gc.config` event changes. */
export const GcSetting = {
  Threshold0: 1,
  Threshold1: 2,
  Threshold2: 3,
  Enabled: 4,
  Debug: 5,
  Freeze: 6,
  Unfreeze: 7,
} as const;
export type GcSettingCode = (typeof GcSetting)[keyof typeof GcSetting];
export const GC_SETTING_NAMES = [
  '',
  'threshold0',
  'threshold1',
  'threshold2',
  'enabled',
  'debug',
  'freeze',
  'unfreeze',
] as const;
export type GcSettingName = Exclude<(typeof GC_SETTING_NAMES)[number], ''>;

/** `gc.set_debug` flags, as in CPython's gcmodule.c. */
export const DebugFlag = {
  STATS: 1,
  COLLECTABLE: 2,
  UNCOLLECTABLE: 4,
  SAVEALL: 32,
  LEAK: 38,
} as const;

/** Output streams of `program.output`. */
export const Stream = { stdout: 1, stderr: 2 } as const;
export type StreamName = keyof typeof Stream;

/**
 * A holder of references: a positive object id, or a negative root id. Root -1 is the
 * interpreter itself (temporary references the runtime holds, gc.garbage).
 */
export type Holder = number;
export const INTERPRETER_ROOT = -1;

/** A slot: a label (attribute, key, local name...) or, in a sequence holder, a position. */
export type Slot = string | number;

interface Base<K extends KindName> {
  readonly kind: K;
  /** Position of the event in its log, counted from 0. */
  readonly seq: number;
}

/** One recorded fact. A discriminated union on `kind`. */
export type HeapEvent =
  | (Base<'heap.alloc'> & {
      readonly id: number;
      readonly type: string;
      readonly size: number;
      readonly site: string;
      readonly gc: boolean;
      readonly tracked: boolean;
      readonly sequence: boolean;
      readonly finalizer: boolean;
      readonly legacyDel: boolean;
      readonly clearable: boolean;
      readonly trashcan: boolean;
      readonly counted: boolean;
      readonly untrack: 'tuple' | 'dict' | null;
      readonly weakref: boolean;
    })
  | (Base<'heap.resize'> & { readonly id: number; readonly oldSize: number; readonly size: number })
  | (Base<'heap.free'> & { readonly id: number; readonly counted: boolean })
  | (Base<'heap.finalize'> & { readonly id: number })
  | (Base<'heap.defer'> & { readonly id: number })
  | (Base<'ref.take'> & { readonly target: number; readonly holder: Holder; readonly slot: Slot })
  | (Base<'ref.insert'> & {
      readonly target: number;
      readonly holder: Holder;
      readonly slot: Slot;
      readonly position: number;
    })
  | (Base<'ref.drop'> & { readonly target: number; readonly holder: Holder; readonly slot: Slot })
  | (Base<'gc.track'> & { readonly id: number })
  | (Base<'gc.untrack'> & { readonly id: number })
  | (Base<'weakref.new'> & { readonly weakref: number; readonly referent: number })
  | (Base<'weakref.clear'> & { readonly weakref: number; readonly referent: number })
  | (Base<'weakref.callback'> & { readonly weakref: number; readonly byCollector: boolean })
  | (Base<'gc.start'> & { readonly generation: number; readonly automatic: boolean })
  | (Base<'gc.unreachable'> & { readonly ids: readonly number[] })
  | (Base<'gc.uncollectable'> & { readonly ids: readonly number[] })
  | (Base<'gc.promote'> & { readonly from: number; readonly to: number; readonly count: number })
  | (Base<'gc.resurrect'> & { readonly ids: readonly number[] })
  | (Base<'gc.clear'> & { readonly id: number })
  | (Base<'gc.save'> & { readonly id: number })
  | (Base<'gc.done'> & {
      readonly generation: number;
      readonly collected: number;
      readonly uncollectable: number;
    })
  | (Base<'gc.config'> & { readonly setting: GcSettingName; readonly value: number })
  | (Base<'root.add'> & { readonly root: number; readonly name: string })
  | (Base<'root.remove'> & { readonly root: number })
  | (Base<'program.line'> & { readonly file: string; readonly line: number })
  | (Base<'program.output'> & { readonly stream: StreamName; readonly text: string });

/** The event of one kind. */
export type EventOf<K extends KindName> = Extract<HeapEvent, { kind: K }>;
