import { ErrorCode, fail } from '../errors.js';
import {
  AllocFlag,
  GcSetting,
  INTERPRETER_ROOT,
  Kind,
  type Holder,
  type Slot,
  type StreamName,
} from '../events/kinds.js';
import { collectGenerations, collectWithCallbacks } from '../gc/collector.js';
import { mayBeTracked } from '../gc/detect.js';
import type { EventLog } from '../log/eventLog.js';
import { CLASS_SLOT, SEQUENCE_CLASS_SLOT } from '../log/stringTable.js';
import type { GenStats, HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';
import { GcList } from '../state/gcLists.js';
import { CALLBACK_SLOT, decref, incref } from './dealloc.js';
import { Engine, type Finalizer, type HeapOptions, type WeakrefCallback } from './engine.js';
import { ensureGarbageList } from './garbage.js';

/** What to allocate. Flags default to a plain, non-GC object (an int, a str). */
export interface AllocSpec {
  /** Type name, as `type(o).__name__` would say. */
  readonly type: string;
  /** Size in bytes (as sys.getsizeof would report). */
  readonly size: number;
  /** Allocation site, e.g. `script.py:12`. */
  readonly site?: string;
  /** GC-capable (has a GC header): lists, dicts, instances, functions... Default false. */
  readonly gc?: boolean;
  /** Tracked right after allocation; default: same as `gc`. Dicts start untracked. */
  readonly tracked?: boolean;
  /** A sequence (list, tuple): slots are positions, released last to first. */
  readonly sequence?: boolean;
  /** The type has tp_finalize; the behaviour to run (may resurrect). */
  readonly finalizer?: Finalizer;
  /** The type has a legacy tp_del (uncollectable in cycles). */
  readonly legacyDel?: boolean;
  /** The type has tp_clear; default: same as `gc`. Tuples have none. */
  readonly clearable?: boolean;
  /** The type's dealloc uses the trashcan; default: same as `gc`. */
  readonly trashcan?: boolean;
  /** Collector untracking rule: tuples in every collection, dicts in full ones. */
  readonly untrack?: 'tuple' | 'dict';
  /** Freelist key (see {@link HeapOptions.freelists}). */
  readonly freelist?: string;
  /** The class object an instance holds through its `__class__` slot. */
  readonly cls?: number;
  /**
   * Who holds the new object's first reference (CPython's allocating code always owns one):
   * taken right after allocation. Without it the object starts at refcount 0, owned by the
   * caller: the collector treats it as referenced until its first reference is taken.
   */
  readonly holder?: Holder;
  /** Slot of that first reference. */
  readonly slot?: Slot;
}

/** Options of {@link Heap.weakref}. */
export interface WeakrefSpec {
  readonly callback?: WeakrefCallback;
  /** The callback as a heap object (held by the weakref). */
  readonly callbackObject?: number;
  readonly type?: string;
  readonly size?: number;
  readonly site?: string;
}

const GENERATIONS = 3;
const NO_ARGS: readonly number[] = Object.freeze([]);

/**
 * The heap: the command API that validates, decides, appends events to its {@link EventLog}
 * and applies them. Every command that fails throws a {@link HeapError} before appending
 * anything. Semantics follow CPython 3.11 (see docs/architecture.md).
 *
 * @example
 * const heap = new Heap();
 * const main = heap.addRoot('frame <module>');
 * const a = heap.alloc({ type: 'A', size: 56, gc: true });
 * const b = heap.alloc({ type: 'A', size: 56, gc: true });
 * heap.take(a, main, 'a'); heap.take(b, main, 'b');
 * heap.take(b, a, 'other'); heap.take(a, b, 'other');
 * heap.drop(a, main, 'a'); heap.drop(b, main, 'b');
 * heap.collect(); // 2
 */
export class Heap {
  private readonly E: Engine;

  constructor(options: HeapOptions = {}) {
    this.E = new Engine(this, options);
  }

  /** The event log (append-only; the heap is its only writer). */
  get log(): EventLog {
    return this.E.log;
  }

  /** The state derived from the log, read-only for callers. */
  get state(): Readonly<HeapState> {
    return this.E.state;
  }

  // ---- validation helpers ----

  private alive(id: number, what = 'object'): void {
    const s = this.E.state;
    if (!Number.isInteger(id) || id <= 0 || id > s.objectCount) {
      fail(ErrorCode.UnknownObject, `unknown ${what} ${id}`);
    }
    if (!s.isAlive(id)) fail(ErrorCode.FreedObject, `${what} ${id} (${this.typeName(id)}) has been freed`);
  }

  private holder(h: Holder): void {
    if (h > 0) this.alive(h, 'holder');
    else if (!this.E.state.roots.has(h)) fail(ErrorCode.UnknownRoot, `unknown root ${h}`);
  }

  private typeName(id: number): string {
    return this.E.log.strings.get(this.E.state.type[id]!);
  }

  private label(slot: Slot): number {
    if (typeof slot !== 'string') fail(ErrorCode.BadSlot, `slot ${slot} must be a label here`);
    return this.E.internAs(2, slot);
  }

  private position(h: Holder, slot: Slot, max: number): number {
    if (typeof slot !== 'number' || !Number.isInteger(slot) || slot < 0 || slot > max) {
      fail(ErrorCode.BadSlot, `position ${String(slot)} is out of range 0..${max} in object ${h}`);
    }
    return slot;
  }

  private generation(g: number): void {
    if (!Number.isInteger(g) || g < 0 || g >= GENERATIONS) fail(ErrorCode.InvalidGeneration, 'invalid generation');
  }

  // ---- objects ----

  /** Allocates an object; may first run an automatic collection (gen0 past its threshold). */
  alloc(spec: AllocSpec): number {
    return this.allocWith(spec, 0, NO_ARGS);
  }

  /**
   * Allocates; `args` are objects the caller holds as arguments (CPython's evaluation stack
   * references them), kept alive by temporary references while an automatic collection runs.
   */
  private allocWith(
    spec: AllocSpec,
    extraFlags: number,
    args: readonly number[],
    init?: (id: number) => void,
  ): number {
    const E = this.E;
    const s = E.state;
    if (typeof spec.type !== 'string' || spec.type === '') fail(ErrorCode.InvalidArgument, 'alloc needs a type name');
    if (!Number.isInteger(spec.size) || spec.size < 0 || spec.size > 0x7fffffff) {
      fail(ErrorCode.InvalidArgument, `invalid size ${spec.size} for a ${spec.type}`);
    }
    if (spec.cls !== undefined) this.alive(spec.cls, 'class');
    if (spec.holder !== undefined) {
      this.holder(spec.holder);
      if (spec.slot === undefined) fail(ErrorCode.BadSlot, 'alloc with a holder needs a slot');
      if (E.state.isSequence(spec.holder)) this.position(spec.holder, spec.slot, E.state.edges[spec.holder]?.size ?? 0);
      else this.label(spec.slot);
    }
    const gc = spec.gc ?? false;
    const tracked = spec.tracked ?? gc;
    if (tracked && !gc) fail(ErrorCode.NotGcObject, `a ${spec.type} without a GC header cannot be tracked`);
    E.enter();
    try {
      const key = spec.freelist !== undefined ? E.intern(spec.freelist) : -1;
      const counted = gc && !(key >= 0 && E.popFreelist(key));
      // _PyObject_GC_Link: the count goes up, then a collection may start, before the new
      // object is tracked, so it is never part of that collection.
      const collect =
        counted &&
        s.count[0]! + 1 > s.threshold[0]! &&
        s.enabled &&
        s.threshold[0] !== 0 &&
        !E.collecting &&
        (E.options.canCollect?.() ?? true);
      let flags = extraFlags;
      if (gc) flags |= AllocFlag.Gc;
      if (tracked && !collect) flags |= AllocFlag.Tracked;
      if (spec.sequence) flags |= AllocFlag.Sequence;
      if (spec.finalizer) flags |= AllocFlag.Finalizer;
      if (spec.legacyDel) flags |= AllocFlag.LegacyDel;
      if (spec.clearable ?? gc) flags |= AllocFlag.Clearable;
      if (spec.trashcan ?? gc) flags |= AllocFlag.Trashcan;
      if (counted) flags |= AllocFlag.Counted;
      if (spec.untrack === 'tuple') flags |= AllocFlag.UntrackTuple;
      if (spec.untrack === 'dict') flags |= AllocFlag.UntrackDict;
      const id = s.objectCount + 1;
      const i = E.log.appendAlloc(id, E.internAs(0, spec.type), spec.size, E.internAs(1, spec.site ?? ''), flags);
      s.apply(i);
      if (spec.finalizer) E.finalizers.set(id, spec.finalizer);
      if (key >= 0) E.freelistKey.set(id, key);
      if (collect) {
        const held = [...args, ...(spec.cls !== undefined ? [spec.cls] : []), ...(spec.holder !== undefined && spec.holder > 0 ? [spec.holder] : [])];
        const argSlot = E.intern('argument');
        for (const a of held) incref(E, a, INTERPRETER_ROOT, argSlot);
        E.collecting = true;
        try {
          collectGenerations(E);
        } finally {
          E.collecting = false;
        }
        // The arguments are still on the caller's stack while the new object is set up.
        if (init) init(id);
        for (let k = held.length - 1; k >= 0; k--) decref(E, held[k]!, INTERPRETER_ROOT, argSlot);
      } else if (init) {
        init(id);
      }
      if (spec.cls !== undefined) incref(E, spec.cls, id, s.isSequence(id) ? SEQUENCE_CLASS_SLOT : CLASS_SLOT);
      if (tracked && collect) E.emit(Kind.Track, id, 0, 0);
      if (spec.holder !== undefined) this.take(id, spec.holder, spec.slot!);
      return id;
    } finally {
      E.leave();
    }
  }

  /** Records a new size for a live object (a list growing its item array...). */
  resize(id: number, size: number): void {
    this.alive(id);
    if (!Number.isInteger(size) || size < 0 || size > 0x7fffffff) fail(ErrorCode.InvalidArgument, `invalid size ${size}`);
    this.E.emit(Kind.Resize, id, this.E.state.size[id]!, size);
  }

  /** Replaces the finalizer behaviour of an object whose type has one. */
  setFinalizer(id: number, fn: Finalizer): void {
    this.alive(id);
    if (!this.E.state.hasFlag(id, AllocFlag.Finalizer)) {
      fail(ErrorCode.InvalidArgument, `object ${id} (${this.typeName(id)}) was not allocated with a finalizer`);
    }
    this.E.finalizers.set(id, fn);
  }

  // ---- references ----

  /**
   * `holder` takes a reference to `target` in `slot`: a label (attribute, key, local name), or
   * a position in a sequence, where it inserts. Taking a label already held inserts before the
   * old edge, so that take-new-then-drop-old keeps the entry's place (dict assignment).
   * Inserting a value that may be tracked into an untracked dict tracks the dict
   * (MAINTAIN_TRACKING in dictobject.c).
   */
  take(target: number, holder: Holder, slot: Slot): void {
    this.alive(target, 'target');
    this.holder(holder);
    const E = this.E;
    const s = E.state;
    let code: number;
    if (s.isSequence(holder)) code = this.position(holder, slot, s.edges[holder]?.size ?? 0);
    else {
      code = this.label(slot);
      if (code === CLASS_SLOT && holder > 0) fail(ErrorCode.BadSlot, 'the __class__ slot is set by alloc');
    }
    E.emit(Kind.Take, target, holder, code);
    if (holder > 0 && s.hasFlag(holder, AllocFlag.UntrackDict) && !s.isTracked(holder) && mayBeTracked(s, target)) {
      E.emit(Kind.Track, holder, 0, 0);
    }
  }

  /** Inserts a labelled reference at live position `position` of a non-sequence holder. */
  insert(target: number, holder: Holder, slot: string, position: number): void {
    this.alive(target, 'target');
    this.holder(holder);
    const s = this.E.state;
    if (s.isSequence(holder)) fail(ErrorCode.BadSlot, `object ${holder} is a sequence: take at a position`);
    const size = s.edgesOf(holder)?.size ?? 0;
    if (!Number.isInteger(position) || position < 0 || position > size) {
      fail(ErrorCode.BadSlot, `position ${position} is out of range 0..${size}`);
    }
    const code = this.label(slot);
    this.E.command(() => {
      const i = this.E.log.appendWithAux(Kind.Insert, target, holder, [code, position]);
      this.E.state.apply(i);
    });
  }

  /** `holder` drops its reference to `target` in `slot`; at refcount zero it is deallocated. */
  drop(target: number, holder: Holder, slot: Slot): void {
    this.alive(target, 'target');
    this.holder(holder);
    const E = this.E;
    const s = E.state;
    let code: number;
    if (s.isSequence(holder)) {
      const size = s.edges[holder]?.size ?? 0;
      if (size === 0) fail(ErrorCode.NotHeld, `object ${holder} holds no reference to object ${target}`);
      code = this.position(holder, slot, size - 1);
      if (s.edges[holder]!.targetAt(code) !== target) {
        fail(ErrorCode.NotHeld, `object ${holder} holds no reference to object ${target} at position ${code}`);
      }
    } else {
      code = this.label(slot);
      const ed = s.edgesOf(holder);
      const held = code === CLASS_SLOT && holder > 0 ? s.classOf(holder) === target : !!ed && ed.find(code, target) >= 0;
      if (!held) {
        fail(ErrorCode.NotHeld, `${holder > 0 ? 'object' : 'root'} ${holder} holds no reference to object ${target} in slot '${slot}'`);
      }
    }
    if (s.refcnt[target]! <= 0) fail(ErrorCode.RefcountUnderflow, `refcount of object ${target} would go below zero`);
    E.enter();
    try {
      decref(E, target, holder, code);
    } finally {
      E.leave();
    }
  }

  /** Replaces what `holder` holds in `slot` with `target`: take the new, then drop the old. */
  replace(holder: Holder, slot: Slot, target: number): void {
    this.holder(holder);
    this.alive(target, 'target');
    const s = this.E.state;
    if (s.isSequence(holder)) {
      const p = this.position(holder, slot, (s.edges[holder]?.size ?? 0) - 1);
      const old = s.edges[holder]!.targetAt(p);
      this.E.command(() => {
        this.take(target, holder, p);
        this.drop(old, holder, p + 1);
      });
    } else {
      const code = this.label(slot);
      const ed = s.edgesOf(holder);
      const p = ed ? ed.find(code) : -1;
      if (p < 0) fail(ErrorCode.NotHeld, `holder ${holder} holds nothing in slot '${slot}'`);
      const old = ed!.e[p * 2 + 1] as number;
      this.E.command(() => {
        this.take(target, holder, slot);
        this.drop(old, holder, slot);
      });
    }
  }

  /** Adds a root holder (a frame's locals, the evaluation stack, a module...). */
  addRoot(name: string): number {
    const id = this.E.newRootId();
    this.E.emit(Kind.RootAdd, id, this.E.intern(name), 0);
    return id;
  }

  /** Removes an empty root. */
  removeRoot(root: number): void {
    if (root === INTERPRETER_ROOT) fail(ErrorCode.InvalidArgument, 'the interpreter root cannot be removed');
    this.holder(root);
    if ((this.E.state.roots.get(root)?.edges.size ?? 0) > 0) {
      fail(ErrorCode.RootNotEmpty, `root ${root} still holds references`);
    }
    this.E.emit(Kind.RootRemove, root, 0, 0);
  }

  // ---- tracking ----

  track(id: number): void {
    this.alive(id);
    if (!this.E.state.isGc(id)) fail(ErrorCode.NotGcObject, `object ${id} (${this.typeName(id)}) is not a GC object`);
    if (!this.E.state.isTracked(id)) this.E.emit(Kind.Track, id, 0, 0);
  }

  untrack(id: number): void {
    this.alive(id);
    if (this.E.state.isTracked(id)) this.E.emit(Kind.Untrack, id, 0, 0);
  }

  // ---- weak references ----

  /** Creates a weakref object to `referent`, optionally with a callback. */
  weakref(referent: number, spec: WeakrefSpec = {}): number {
    this.alive(referent, 'referent');
    if (spec.callbackObject !== undefined) this.alive(spec.callbackObject, 'callback');
    const E = this.E;
    return E.command(() => {
      // A floating referent (refcount 0, owned by the caller) must outlive the weakref's
      // allocation: hold it until weakref.new is recorded, then let it go (which may free it
      // and clear the new weakref, as dropping the last reference would in CPython).
      const floating = E.state.refcnt[referent] === 0;
      if (floating) incref(E, referent, INTERPRETER_ROOT, E.intern('argument'));
      // The weakref is set up while the arguments are still held: an automatic collection
      // during the allocation may clear what only garbage held, and the referent must not be
      // released (and freed) before weakref.new is recorded.
      const wr = this.allocWith(
        { type: spec.type ?? 'weakref', size: spec.size ?? 80, site: spec.site ?? '', gc: true },
        AllocFlag.Weakref,
        spec.callbackObject !== undefined ? [referent, spec.callbackObject] : [referent],
        (id) => {
          if (spec.callbackObject !== undefined) incref(E, spec.callbackObject, id, E.intern(CALLBACK_SLOT));
          if (spec.callback) E.weakCallbacks.set(id, spec.callback);
          E.emit(Kind.WeakNew, id, referent, 0);
        },
      );
      if (floating) decref(E, referent, INTERPRETER_ROOT, E.intern('argument'));
      return wr;
    });
  }

  /** The referent of a weakref, or null once cleared. */
  weakrefTarget(wr: number): number | null {
    this.alive(wr, 'weakref');
    if (!this.E.state.hasFlag(wr, AllocFlag.Weakref)) fail(ErrorCode.NotWeakref, `object ${wr} is not a weakref`);
    return this.E.state.weakTarget.get(wr) ?? null;
  }

  // ---- the collector (the gc module's API) ----

  /** gc.collect(generation): ignores thresholds and `enabled`; 0 if a collection is running. */
  collect(generation = 2): number {
    this.generation(generation);
    const E = this.E;
    if (E.collecting) return 0;
    return E.command(() => {
      E.collecting = true;
      try {
        return collectWithCallbacks(E, generation, false);
      } finally {
        E.collecting = false;
      }
    });
  }

  enable(): void {
    this.E.emit(Kind.GcConfig, GcSetting.Enabled, 1, 0);
  }
  disable(): void {
    this.E.emit(Kind.GcConfig, GcSetting.Enabled, 0, 0);
  }
  isEnabled(): boolean {
    return this.E.state.enabled;
  }

  /** gc.set_threshold(t0[, t1[, t2]]): omitted values are kept. */
  setThreshold(t0: number, t1?: number, t2?: number): void {
    const values = [t0, t1, t2];
    for (const v of values) {
      if (v !== undefined && (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff)) {
        fail(ErrorCode.InvalidThreshold, `invalid threshold ${v}`);
      }
    }
    values.forEach((v, g) => {
      if (v !== undefined) this.E.emit(Kind.GcConfig, GcSetting.Threshold0 + g, v, 0);
    });
  }
  getThreshold(): [number, number, number] {
    const t = this.E.state.threshold;
    return [t[0]!, t[1]!, t[2]!];
  }

  setDebug(flags: number): void {
    if (!Number.isInteger(flags) || flags < 0 || flags > 0x7fffffff) fail(ErrorCode.InvalidArgument, `invalid debug flags ${flags}`);
    this.E.emit(Kind.GcConfig, GcSetting.Debug, flags, 0);
  }
  getDebug(): number {
    return this.E.state.debug;
  }

  freeze(): void {
    this.E.emit(Kind.GcConfig, GcSetting.Freeze, 0, 0);
  }
  unfreeze(): void {
    this.E.emit(Kind.GcConfig, GcSetting.Unfreeze, 0, 0);
  }
  getFreezeCount(): number {
    return this.E.state.lists.sizes[GcList.Permanent]!;
  }

  /** The id of the `gc.garbage` list (created on first use). */
  get garbage(): number {
    return this.E.command(() => ensureGarbageList(this.E));
  }

  /** Objects in gc.garbage, in order. */
  garbageItems(): number[] {
    const s = this.E.state;
    if (this.E.garbageList === 0) return [];
    return s.edges[this.E.garbageList]?.pairs().map(([, t]) => t) ?? [];
  }

  getStats(): GenStats[] {
    return this.E.state.stats.map((st) => ({ ...st }));
  }
  getCount(): [number, number, number] {
    const c = this.E.state.count;
    return [c[0]!, c[1]!, c[2]!];
  }
  isTracked(id: number): boolean {
    this.alive(id);
    return this.E.state.isTracked(id);
  }
  isFinalized(id: number): boolean {
    this.alive(id);
    const s = this.E.state;
    return s.isGc(id) && (s.flags[id]! & ObjFlag.Finalized) !== 0;
  }

  /** gc.get_objects(generation): tracked objects of one or all generations, in list order. */
  getObjects(generation?: number): number[] {
    // gc_get_objects_impl: -1 is the C default and means "all"; other values are range checked
    // with their own messages.
    if (generation === -1) generation = undefined;
    if (generation !== undefined) {
      if (!Number.isInteger(generation)) fail(ErrorCode.InvalidGeneration, 'invalid generation');
      if (generation >= GENERATIONS) {
        fail(ErrorCode.InvalidGeneration, `generation parameter must be less than the number of available generations (${GENERATIONS})`);
      }
      if (generation < 0) fail(ErrorCode.InvalidGeneration, 'generation parameter cannot be negative');
    }
    const L = this.E.state.lists;
    if (generation !== undefined) return L.ids(generation);
    return [...L.ids(0), ...L.ids(1), ...L.ids(2)];
  }

  /** gc.get_referents(*ids): what each GC object references, in tp_traverse order. */
  referents(...ids: number[]): number[] {
    const s = this.E.state;
    const out: number[] = [];
    for (const id of ids) {
      this.alive(id);
      if (s.isGc(id)) s.traverse(id, (t) => out.push(t));
    }
    return out;
  }

  /** gc.get_referrers(*ids): tracked objects of generations 0-2 referencing any of `ids`. */
  referrers(...ids: number[]): number[] {
    for (const id of ids) this.alive(id);
    const wanted = new Set(ids);
    const s = this.E.state;
    const out: number[] = [];
    for (const id of this.getObjects()) {
      let hit = false;
      s.traverse(id, (t) => {
        if (wanted.has(t)) hit = true;
      });
      if (hit) out.push(id);
    }
    return out;
  }

  // ---- queries ----

  isAlive(id: number): boolean {
    return this.E.state.isAlive(id);
  }
  refcount(id: number): number {
    this.alive(id);
    return this.E.state.refcnt[id]!;
  }
  typeOf(id: number): string {
    this.alive(id);
    return this.typeName(id);
  }
  /** The generation list an object is in: 0-2, 'permanent', or null when untracked. */
  generationOf(id: number): number | 'permanent' | null {
    this.alive(id);
    const l = this.E.state.lists.listOfId(id);
    return l === GcList.Permanent ? 'permanent' : l >= 0 && l <= 2 ? l : null;
  }

  // ---- program events ----

  /** Records that the program reached `line` of `file`. */
  line(file: string, line: number): void {
    if (!Number.isInteger(line) || line < 0) fail(ErrorCode.InvalidArgument, `invalid line ${line}`);
    this.E.emit(Kind.Line, this.E.intern(file), line, 0);
  }

  /** Records program output. */
  write(stream: StreamName, text: string): void {
    if (stream !== 'stdout' && stream !== 'stderr') fail(ErrorCode.InvalidArgument, `invalid stream ${String(stream)}`);
    this.E.write(stream, text);
  }
}
