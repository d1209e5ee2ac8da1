import { GcList } from '../state/gcLists.js';
import type { HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';
import { INTERPRETER_ROOT, Stream } from '../events/kinds.js';
import { CLASS_SLOT_LABEL } from '../log/stringTable.js';
import type { GenStats } from '../state/heapState.js';

/** The collector list an object is in. */
export type ListName = 'gen0' | 'gen1' | 'gen2' | 'permanent' | 'unreachable' | 'uncollectable' | 'scratch';
const LIST_NAMES: readonly ListName[] = ['gen0', 'gen1', 'gen2', 'permanent', 'unreachable', 'uncollectable', 'scratch'];

/** A reference to an object, seen from the object: who holds it, in which slot. */
export interface HolderRef {
  /** Object id, or negative root id. */
  readonly holder: number;
  readonly slot: string | number;
}

/** A reference an object (or root) holds. */
export interface Referent {
  readonly slot: string | number;
  readonly target: number;
}

/** One live object in a {@link HeapView}. */
export interface ObjectView {
  readonly id: number;
  readonly type: string;
  readonly size: number;
  readonly refcount: number;
  /** Holders, roots first (in the order they were added), then objects by id. */
  readonly holders: readonly HolderRef[];
  /** Referents in storage order (sequence slots are positions), then `__class__`. */
  readonly referents: readonly Referent[];
  /** The collector list it is in, or null when untracked. */
  readonly generation: ListName | null;
  readonly tracked: boolean;
  readonly finalized: boolean;
  /** Allocation site (`file:line`), or ''. */
  readonly site: string;
}

/** A root: a named holder of references (a frame's locals, module globals, the interpreter). */
export interface RootView {
  readonly id: number;
  readonly name: string;
  readonly referents: readonly Referent[];
}

/**
 * The heap just after one event, as a frozen immer object: what the debugger draws and what
 * library users compare. Produced by {@link Timeline.view}; a view made from a previous one
 * shares every part that did not change, and comes with immer patches saying what did.
 */
export interface HeapView {
  /** The event this view stands just after. */
  readonly index: number;
  readonly objects: Readonly<Record<number, ObjectView>>;
  readonly roots: readonly RootView[];
  /** Per generation: gc.get_count() entry, threshold, and objects in its list. */
  readonly generations: ReadonlyArray<{ readonly count: number; readonly threshold: number; readonly objects: number }>;
  readonly stats: readonly GenStats[];
  readonly enabled: boolean;
  readonly debug: number;
  /** Objects in gc.garbage, in order. */
  readonly garbage: readonly number[];
  /** Program output so far. */
  readonly output: ReadonlyArray<{ readonly stream: 'stdout' | 'stderr'; readonly text: string }>;
  /** The source line being run ('' and 0 before any). */
  readonly file: string;
  readonly line: number;
  readonly liveObjects: number;
  readonly liveBytes: number;
}

/** Builds the parts of views from a state. */
export class ViewReader {
  constructor(readonly s: HeapState) {}

  str(id: number): string {
    return this.s.log.strings.get(id);
  }

  referents(h: number): Referent[] {
    const s = this.s;
    const ed = h > 0 ? s.edges[h] : s.roots.get(h)?.edges;
    const out: Referent[] = [];
    if (ed) {
      const e = ed.e;
      const seq = s.isSequence(h);
      for (let k = 0; k < e.length; k += 2) {
        if (e[k + 1] === 0) continue;
        out.push({ slot: seq ? out.length : this.str(e[k]!), target: e[k + 1]! });
      }
    }
    if (h > 0 && s.classOf(h) !== 0) out.push({ slot: CLASS_SLOT_LABEL, target: s.classOf(h) });
    return out;
  }

  generation(id: number): ListName | null {
    const l = this.s.lists.listOfId(id);
    return l < 0 ? null : LIST_NAMES[l]!;
  }

  object(id: number, holders: readonly HolderRef[]): ObjectView {
    const s = this.s;
    const generation = this.generation(id);
    return {
      id,
      type: this.str(s.type[id]!),
      size: s.size[id]!,
      refcount: s.refcnt[id]!,
      holders,
      referents: this.referents(id),
      generation,
      tracked: generation !== null,
      finalized: (s.flags[id]! & ObjFlag.Finalized) !== 0,
      site: this.str(s.log.siteOf(id)),
    };
  }

  roots(): RootView[] {
    return [...this.s.roots.entries()].map(([id, r]) => ({ id, name: this.str(r.name), referents: this.referents(id) }));
  }

  garbage(): number[] {
    const root = this.s.roots.get(INTERPRETER_ROOT);
    if (!root) return [];
    const e = root.edges.e;
    for (let k = 0; k < e.length; k += 2) {
      if (e[k + 1] !== 0 && this.str(e[k]!) === 'gc.garbage') return this.referents(e[k + 1]!).map((r) => r.target);
    }
    return [];
  }

  output(from: number, into: Array<{ stream: 'stdout' | 'stderr'; text: string }>): void {
    const o = this.s.output;
    for (let k = from * 2; k < o.length; k += 2) into.push({ stream: o[k] === Stream.stderr ? 'stderr' : 'stdout', text: this.str(o[k + 1]!) });
  }

  scalars(): Omit<HeapView, 'index' | 'objects' | 'roots' | 'garbage' | 'output'> {
    const s = this.s;
    return {
      generations: [0, 1, 2].map((g) => ({ count: s.count[g]!, threshold: s.threshold[g]!, objects: s.lists.sizes[g]! })),
      stats: s.stats.map((st) => ({ ...st })),
      enabled: s.enabled,
      debug: s.debug,
      file: this.str(s.file),
      line: s.line,
      liveObjects: s.liveObjects,
      liveBytes: s.liveBytes,
    };
  }
}

/** Sort key of holders: roots first in the order they were added, then objects by id. */
export function holderKey(h: number): number {
  return h < 0 ? -h : 2 ** 31 + h;
}

/** The holders of every live object, in view order. */
export function allHolders(s: HeapState, r: ViewReader): Map<number, HolderRef[]> {
  const out = new Map<number, HolderRef[]>();
  const add = (h: number) => {
    for (const { slot, target } of r.referents(h)) {
      const list = out.get(target);
      if (list) list.push({ holder: h, slot });
      else out.set(target, [{ holder: h, slot }]);
    }
  };
  for (const id of [...s.roots.keys()].sort((a, b) => holderKey(a) - holderKey(b))) add(id);
  for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id)) add(id);
  return out;
}

/** A full view of the state (no sharing with anything). */
export function fullView(s: HeapState, index: number): HeapView {
  const r = new ViewReader(s);
  const holders = allHolders(s, r);
  const objects: Record<number, ObjectView> = {};
  for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id)) objects[id] = r.object(id, holders.get(id) ?? []);
  const output: Array<{ stream: 'stdout' | 'stderr'; text: string }> = [];
  r.output(0, output);
  return { index, objects, roots: r.roots(), garbage: r.garbage(), output, ...r.scalars() };
}

export { GcList };
