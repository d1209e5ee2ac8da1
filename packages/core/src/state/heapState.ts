import { ErrorCode, fail } from '../errors.js';
import { AllocFlag, GcSetting, Kind } from '../events/kinds.js';
import type { EventLog } from '../log/eventLog.js';
import { CLASS_SLOT, SEQUENCE_CLASS_SLOT } from '../log/stringTable.js';
import { deduceUnreachable } from '../gc/detect.js';
import { Edges } from './edges.js';
import { ObjFlag } from './objFlags.js';
import type { JournalHooks } from './journalHooks.js';

export { ObjFlag } from './objFlags.js';
import { GcList, GcLists, NO_LIST } from './gcLists.js';

export interface GenStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

interface Root {
  readonly name: number;
  readonly edges: Edges;
}

/** Thrown while applying an event that does not fit the state: a corrupt or hostile log. */
function corrupt(i: number, message: string): never {
  fail(ErrorCode.CorruptLog, `event ${i}: ${message}`);
}

/**
 * The heap's state as derived from its log: a pure function of events `0..i`. The live
 * {@link Heap} decides what happens and appends events; each event is then applied here, by the
 * same code that {@link replay} uses, so a replayed log rebuilds exactly the live state.
 * Storage is typed arrays indexed by object id, mutable inside the engine only.
 */
export class HeapState {
  readonly lists = new GcLists();
  refcnt = new Int32Array(1024);
  flags = new Uint8Array(1024);
  type = new Int32Array(1024);
  size = new Int32Array(1024);
  /** Scratch gc_refs of a running collection (sized on the first collection). */
  gcRefs = new Int32Array(0);
  /**
   * The class an instance holds through its `__class__` slot, or 0. Sized when the first
   * instance appears; read it through {@link classOf}.
   */
  cls = new Int32Array(0);
  /** Referent of each live weakref object that is not yet cleared. */
  readonly weakTarget = new Map<number, number>();
  edges: Array<Edges | undefined> = new Array<Edges | undefined>(1024).fill(undefined);
  readonly roots = new Map<number, Root>();
  /** Weakref objects pointing at each referent, oldest first. */
  readonly weakLists = new Map<number, number[]>();

  readonly count = [0, 0, 0];
  readonly threshold = [700, 10, 10];
  readonly stats: GenStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  enabled = true;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Generation being collected, or -1. */
  collecting = -1;

  objectCount = 0;
  liveObjects = 0;
  /** Live weakref objects, and live objects whose type has a finalizer (fast paths). */
  liveWeakrefs = 0;
  liveFinalizers = 0;
  liveLegacy = 0;
  /** Live objects under a collector untracking rule, by rule (fast paths). */
  liveTuples = 0;
  liveDicts = 0;
  liveBytes = 0;
  /** Events applied so far. */
  applied = 0;
  file = 0;
  line = 0;
  /** Program output so far, as `[stream, text id]` pairs. */
  readonly output: number[] = [];
  /** Told of every change before it happens, when time travel needs to undo it. */
  j: JournalHooks | undefined = undefined;

  constructor(readonly log: EventLog) {}

  /** Attaches (or, with `undefined`, detaches) a journal to this state and its lists. */
  setJournal(j: JournalHooks | undefined): void {
    this.j = j;
    this.lists.journal = j;
  }

  // ---- queries used by the engine and the collector ----

  isAlive(id: number): boolean {
    return id > 0 && id <= this.objectCount && (this.flags[id]! & ObjFlag.Alive) !== 0;
  }
  isGc(id: number): boolean {
    return (this.log.flagsOf(id) & AllocFlag.Gc) !== 0;
  }
  isTracked(id: number): boolean {
    return this.lists.listOfId(id) !== NO_LIST;
  }
  hasFlag(id: number, f: number): boolean {
    return (this.log.flagsOf(id) & f) !== 0;
  }
  /** The edges of holder `h` (object id or negative root id), if it holds any. */
  edgesOf(h: number): Edges | undefined {
    return h > 0 ? this.edges[h] : this.roots.get(h)?.edges;
  }
  isSequence(h: number): boolean {
    return h > 0 && (this.log.flagsOf(h) & AllocFlag.Sequence) !== 0;
  }
  /** The list survivors of the running collection move to (CPython's `old`). */
  oldList(): number {
    return this.collecting >= 2 ? GcList.Gen2 : this.collecting + 1;
  }

  /**
   * Calls `visit` for each object `id` references, in CPython's tp_traverse order: sequences
   * last to first, other containers in insertion order, then the instance's type.
   */
  traverse(id: number, visit: (target: number) => void): void {
    const ed = this.edges[id];
    if (ed) {
      const e = ed.e;
      if (this.isSequence(id)) {
        for (let i = e.length - 1; i > 0; i -= 2) visit(e[i] as number);
      } else {
        for (let i = 1; i < e.length; i += 2) {
          const t = e[i] as number;
          if (t !== 0 && e[i - 1] !== CLASS_SLOT) visit(t);
        }
      }
    }
    const c = this.classOf(id);
    if (c !== 0) visit(c);
  }

  /** Referents in traversal order. */
  referents(id: number): number[] {
    const out: number[] = [];
    this.traverse(id, (t) => out.push(t));
    return out;
  }

  // ---- applying events ----

  /** Makes room for object ids up to `min`. */
  grow(min: number): void {
    let cap = this.refcnt.length;
    if (min < cap) return;
    while (cap <= min) cap *= 2;
    const g32 = (a: Int32Array) => {
      const n = new Int32Array(cap);
      n.set(a);
      return n;
    };
    this.refcnt = g32(this.refcnt);
    this.type = g32(this.type);
    this.size = g32(this.size);
    if (this.gcRefs.length > 0) this.gcRefs = g32(this.gcRefs);
    if (this.cls.length > 0) this.cls = g32(this.cls);
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
    this.growEdges(cap);
  }

  /**
   * Keeps `edges` as long as the object columns, filled by pushing: an assignment far past the
   * end of a JavaScript array turns it into a hash table (V8's dictionary elements), which made
   * every holder lookup several times slower once time travel wrote holders out of order.
   */
  private growEdges(cap: number): void {
    const edges = this.edges;
    while (edges.length < cap) edges.push(undefined);
  }

  /** The class `id` holds through `__class__`, or 0. */
  classOf(id: number): number {
    return id < this.cls.length ? this.cls[id]! : 0;
  }

  /** Sizes the collector's scratch column before a collection. */
  ensureGcRefs(): void {
    if (this.gcRefs.length < this.refcnt.length) this.gcRefs = new Int32Array(this.refcnt.length);
  }

  private needAlive(i: number, id: number, what: string): void {
    if (!this.isAlive(id)) {
      corrupt(i, `${what} ${id} is ${id > 0 && id <= this.objectCount ? 'already freed' : 'unknown'}`);
    }
  }

  private needHolder(i: number, h: number): Edges {
    if (h > 0) {
      this.needAlive(i, h, 'holder');
      let ed = this.edges[h];
      if (!ed) this.edges[h] = ed = new Edges();
      return ed;
    }
    const root = this.roots.get(h);
    if (!root) corrupt(i, `unknown root ${h}`);
    return root.edges;
  }

  /**
   * Marks event `i` as applied: the engine performed its effect while deciding it (the
   * collector's unreachable set), and `apply` would re-derive the same effect on replay.
   */
  markApplied(i: number): void {
    if (i !== this.applied) corrupt(i, `event ${i} recorded out of order (next is ${this.applied})`);
    this.applied = i + 1;
  }

  /** Applies event `i` of the log (the next one). */
  apply(i: number): void {
    const log = this.log;
    this.applyEvent(i, log.kindAt(i), log.aAt(i), log.bAt(i), log.cAt(i));
  }

  /** Applies event `i`, whose operands the caller already has (the live engine's hot path). */
  applyEvent(i: number, kind: number, a: number, b: number, c: number): void {
    if (i !== this.applied) corrupt(i, `event ${i} applied out of order (next is ${this.applied})`);
    const log = this.log;
    switch (kind) {
      case Kind.Alloc:
        this.applyAlloc(i, a, b, c);
        break;
      case Kind.Resize:
        this.needAlive(i, a, 'object');
        this.j?.obj(a);
        this.liveBytes += c - this.size[a]!;
        this.size[a] = c;
        break;
      case Kind.Free:
        this.applyFree(i, a, b);
        break;
      case Kind.Finalize:
        this.needAlive(i, a, 'object');
        this.j?.obj(a);
        this.flags[a]! |= ObjFlag.Finalized;
        break;
      case Kind.Defer:
        this.needAlive(i, a, 'object');
        this.j?.obj(a);
        this.flags[a]! |= ObjFlag.Deferred;
        break;
      case Kind.Take:
      case Kind.Insert:
        this.applyTake(i, kind, a, b, c);
        break;
      case Kind.Drop:
        this.applyDrop(i, a, b, c);
        break;
      case Kind.Track:
        this.needAlive(i, a, 'object');
        if (!this.isGc(a)) corrupt(i, `object ${a} is not a GC object`);
        if (this.isTracked(a)) corrupt(i, `object ${a} is already tracked`);
        this.lists.append(GcList.Gen0, a);
        break;
      case Kind.Untrack:
        this.needAlive(i, a, 'object');
        this.lists.unlink(a);
        break;
      case Kind.WeakNew: {
        this.needAlive(i, a, 'weakref');
        this.needAlive(i, b, 'referent');
        this.j?.weakref(a);
        this.j?.weakList(b);
        this.weakTarget.set(a, b);
        let list = this.weakLists.get(b);
        if (!list) this.weakLists.set(b, (list = []));
        list.push(a);
        break;
      }
      case Kind.WeakClear:
        if (this.weakTarget.get(a) !== b) corrupt(i, `weakref ${a} does not point at ${b}`);
        this.removeWeak(a, b);
        break;
      case Kind.WeakCallback:
        this.needAlive(i, a, 'weakref');
        // handle_weakrefs moves each weakref whose callback it calls to `old`.
        if (b !== 0 && this.collecting >= 0 && this.isTracked(a)) this.lists.move(a, this.oldList());
        break;
      case Kind.GcStart:
        this.applyGcStart(i, a);
        break;
      case Kind.GcUnreachable: {
        if (this.collecting < 0) corrupt(i, 'gc.unreachable outside a collection');
        const found = deduceUnreachable(this, this.collecting);
        if (found.unreachable.length !== a || found.unreachable.some((id, k) => log.auxAt(c + k) !== id)) {
          corrupt(i, 'unreachable set differs from the one the heap implies');
        }
        break;
      }
      case Kind.GcUncollectable: {
        const ids = this.lists.snapshot(GcList.Legacy);
        if (ids.length !== a || ids.some((id, k) => log.auxAt(c + k) !== id)) {
          corrupt(i, 'uncollectable set differs from the one the heap implies');
        }
        break;
      }
      case Kind.GcPromote:
        this.applyPromote(i, a, b, c);
        break;
      case Kind.GcResurrect:
        for (let k = 0; k < a; k++) this.moveToOld(i, log.auxAt(c + k));
        break;
      case Kind.GcClear:
      case Kind.GcSave:
        this.moveToOld(i, a);
        break;
      case Kind.GcDone: {
        if (this.collecting !== a) corrupt(i, `gc.done for generation ${a} outside its collection`);
        const s = this.stats[a]!;
        s.collections++;
        s.collected += b;
        s.uncollectable += c;
        this.lists.merge(GcList.Unreachable, this.oldList());
        this.lists.merge(GcList.Legacy, this.oldList());
        this.collecting = -1;
        break;
      }
      case Kind.GcConfig:
        this.applyConfig(i, a, b);
        break;
      case Kind.RootAdd:
        if (a >= 0 || this.roots.has(a)) corrupt(i, `root ${a} is invalid or already exists`);
        this.j?.holder(a);
        this.roots.set(a, { name: b, edges: new Edges() });
        break;
      case Kind.RootRemove: {
        const root = this.roots.get(a);
        if (!root) corrupt(i, `unknown root ${a}`);
        if (root.edges.size > 0) corrupt(i, `root ${a} removed while holding references`);
        this.j?.holder(a);
        this.roots.delete(a);
        break;
      }
      case Kind.Line:
        this.file = a;
        this.line = b;
        break;
      case Kind.Output:
        this.output.push(a, b);
        break;
      default:
        corrupt(i, `unknown event kind ${kind}`);
    }
    this.applied = i + 1;
  }

  private applyAlloc(i: number, a: number, b: number, c: number): void {
    const log = this.log;
    if (a !== this.objectCount + 1) corrupt(i, `object id ${a} out of order`);
    const f = log.flagsOf(a);
    this.grow(a);
    this.j?.obj(a);
    this.objectCount = a;
    this.flags[a] = ObjFlag.Alive;
    this.type[a] = b;
    this.size[a] = c;
    this.liveObjects++;
    this.liveBytes += c;
    if (f & AllocFlag.Weakref) this.liveWeakrefs++;
    if (f & AllocFlag.Finalizer) this.liveFinalizers++;
    if (f & AllocFlag.LegacyDel) this.liveLegacy++;
    if (f & AllocFlag.UntrackTuple) this.liveTuples++;
    if (f & AllocFlag.UntrackDict) this.liveDicts++;
    if ((f & (AllocFlag.Gc | AllocFlag.Counted)) === (AllocFlag.Gc | AllocFlag.Counted)) this.count[0]! += 1;
    if (f & AllocFlag.Tracked) this.lists.append(GcList.Gen0, a);
  }

  private applyFree(i: number, a: number, b: number): void {
    this.needAlive(i, a, 'object');
    if (this.refcnt[a] !== 0) corrupt(i, `object ${a} freed with refcount ${this.refcnt[a]}`);
    const ed = this.edges[a];
    if ((ed && ed.size > 0) || this.classOf(a) !== 0) corrupt(i, `object ${a} freed while holding references`);
    this.j?.obj(a);
    // Only holders ever got an entry: writing past the array's end would make it sparse.
    if (ed) {
      this.j?.holder(a);
      this.edges[a] = undefined;
    }
    this.lists.unlink(a);
    this.flags[a] = 0;
    this.liveObjects--;
    if (this.log.flagsOf(a) & AllocFlag.Weakref) this.liveWeakrefs--;
    if (this.log.flagsOf(a) & AllocFlag.Finalizer) this.liveFinalizers--;
    if (this.log.flagsOf(a) & AllocFlag.LegacyDel) this.liveLegacy--;
    if (this.log.flagsOf(a) & AllocFlag.UntrackTuple) this.liveTuples--;
    if (this.log.flagsOf(a) & AllocFlag.UntrackDict) this.liveDicts--;
    this.liveBytes -= this.size[a]!;
    if (b !== 0 && this.isGc(a) && this.count[0]! > 0) this.count[0]! -= 1;
    if (this.weakTarget.size > 0) {
      const target = this.weakTarget.get(a);
      if (target !== undefined) this.removeWeak(a, target);
    }
  }

  private applyTake(i: number, kind: number, a: number, b: number, c: number): void {
    const log = this.log;
    this.needAlive(i, a, 'target');
    if (this.j) {
      this.j.obj(a);
      if (b > 0) this.j.obj(b);
      this.j.holder(b);
    }
    const ed = this.needHolder(i, b);
    if (kind === Kind.Insert) {
      if (this.isSequence(b)) corrupt(i, `ref.insert into sequence ${b}`);
      ed.addAt(log.auxAt(c + 1), log.auxAt(c), a);
    } else if (this.isSequence(b) && !(b > 0 && c === SEQUENCE_CLASS_SLOT)) {
      if (c < 0 || c > ed.size) corrupt(i, `position ${c} out of range in object ${b}`);
      ed.insertAt(c, a);
    } else {
      if (b > 0 && (c === CLASS_SLOT || c === SEQUENCE_CLASS_SLOT)) {
        if (this.classOf(b) !== 0) corrupt(i, `object ${b} already holds its class`);
        if (this.cls.length <= b) {
          const n = new Int32Array(this.refcnt.length);
          n.set(this.cls);
          this.cls = n;
        }
        this.cls[b] = a;
      } else ed.add(c, a);
    }
    this.refcnt[a]! += 1;
  }

  private applyDrop(i: number, a: number, b: number, c: number): void {
    const log = this.log;
    this.needAlive(i, a, 'target');
    if (b > 0 && !this.isAlive(b)) corrupt(i, `holder ${b} is not alive`);
    if (this.j) {
      this.j.obj(a);
      if (b > 0) this.j.obj(b);
      this.j.holder(b);
    }
    const ed = this.edgesOf(b);
    if (b < 0 && !this.roots.has(b)) corrupt(i, `unknown root ${b}`);
    if (b > 0 && ((c === CLASS_SLOT && !this.isSequence(b)) || (c === SEQUENCE_CLASS_SLOT && this.isSequence(b)))) {
      if (this.classOf(b) !== a) corrupt(i, `object ${b} does not hold ${a} as its class`);
      this.cls[b] = 0;
    } else if (this.isSequence(b)) {
      if (!ed || ed.targetAt(c) !== a) corrupt(i, `object ${b} holds no reference to ${a} at position ${c}`);
      ed.removeAt(c);
    } else {
      const p = ed ? ed.find(c, a) : -1;
      if (p < 0) corrupt(i, `holder ${b} holds no reference to ${a} in slot ${log.strings.get(c)}`);
      ed!.removePair(p);
    }
    if (this.refcnt[a]! <= 0) corrupt(i, `refcount of object ${a} would go below zero`);
    this.refcnt[a]! -= 1;
  }

  private removeWeak(wr: number, target: number): void {
    this.j?.weakref(wr);
    this.j?.weakList(target);
    this.weakTarget.delete(wr);
    const list = this.weakLists.get(target);
    if (!list) return;
    const k = list.lastIndexOf(wr);
    if (k >= 0) list.splice(k, 1);
    if (list.length === 0) this.weakLists.delete(target);
  }

  private moveToOld(i: number, id: number): void {
    if (this.collecting < 0) corrupt(i, 'collector event outside a collection');
    this.needAlive(i, id, 'object');
    this.j?.obj(id);
    this.flags[id]! &= ~ObjFlag.Collecting;
    this.lists.move(id, this.oldList());
  }

  /** gc_collect_main's prologue: update the counters, merge younger generations into `young`. */
  private applyGcStart(i: number, gen: number): void {
    if (gen < 0 || gen > 2) corrupt(i, `invalid generation ${gen}`);
    if (this.collecting >= 0) corrupt(i, 'collection started inside a collection');
    this.collecting = gen;
    if (gen < 2) this.count[gen + 1]! += 1;
    for (let g = 0; g <= gen; g++) this.count[g] = 0;
    for (let g = 0; g < gen; g++) this.lists.merge(g, gen);
  }

  /** Survivors of generation `from` move to `to` (gc_list_merge(young, old)). */
  private applyPromote(i: number, from: number, to: number, n: number): void {
    if (from !== this.collecting) corrupt(i, 'gc.promote outside its collection');
    if (this.lists.sizes[from] !== n) corrupt(i, `gc.promote of ${n} survivors, heap has ${this.lists.sizes[from]}`);
    if (from < 2) {
      if (from === 1) this.longLivedPending += n;
      this.lists.merge(from, to);
    } else {
      this.longLivedPending = 0;
      this.longLivedTotal = n;
    }
  }

  private applyConfig(i: number, setting: number, value: number): void {
    switch (setting) {
      case GcSetting.Threshold0:
      case GcSetting.Threshold1:
      case GcSetting.Threshold2:
        this.threshold[setting - GcSetting.Threshold0] = value;
        break;
      case GcSetting.Enabled:
        this.enabled = value !== 0;
        break;
      case GcSetting.Debug:
        this.debug = value;
        break;
      case GcSetting.Freeze:
        // gc_freeze_impl: merge every generation into the permanent one and reset all three
        // counts (measured on CPython 3.11.7: (6, 2, 0) -> (0, 0, 0)).
        for (let g = 0; g < 3; g++) {
          this.lists.merge(g, GcList.Permanent);
          this.count[g] = 0;
        }
        break;
      case GcSetting.Unfreeze:
        this.lists.merge(GcList.Permanent, GcList.Gen2);
        break;
      default:
        corrupt(i, `unknown gc setting ${setting}`);
    }
  }
}
