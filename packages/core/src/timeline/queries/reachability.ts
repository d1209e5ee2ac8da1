import { CLASS_SLOT } from '../../log/stringTable.js';
import type { HeapState } from '../../state/heapState.js';

/**
 * Breadth-first walk of the heap from its roots over strong references, for retaining paths
 * and for finding unreachable objects. `parent` and `slot` record how each object was first
 * reached (holder id, negative for a root; slot: string id, or position in a sequence).
 */
export class Reach {
  readonly seen: Uint8Array;
  readonly parent: Int32Array;
  readonly slot: Int32Array;
  readonly queue: Int32Array;
  head = 0;
  tail = 0;

  constructor(readonly s: HeapState) {
    const n = s.objectCount + 1;
    this.seen = new Uint8Array(n);
    this.parent = new Int32Array(n);
    this.slot = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /** Marks `t` reached from `holder` through `slot`, if it was not reached yet. */
  offer(t: number, holder: number, slot: number): boolean {
    if (this.seen[t]) return false;
    this.seen[t] = 1;
    this.parent[t] = holder;
    this.slot[t] = slot;
    this.queue[this.tail++] = t;
    return true;
  }

  /** Offers everything the roots hold, roots in the order they were added. */
  seedRoots(): void {
    for (const [rid, root] of this.s.roots) {
      const e = root.edges.e;
      for (let k = 0; k < e.length; k += 2) if (e[k + 1] !== 0) this.offer(e[k + 1]!, rid, e[k]!);
    }
  }

  /** Calls `visit(target, slot)` for each strong reference `id` holds, in storage order. */
  forEachRef(id: number, visit: (target: number, slot: number) => void): void {
    const s = this.s;
    const ed = s.edges[id];
    if (ed) {
      const e = ed.e;
      const seq = s.isSequence(id);
      for (let k = 0; k < e.length; k += 2) if (e[k + 1] !== 0) visit(e[k + 1]!, seq ? k >> 1 : e[k]!);
    }
    const c = s.classOf(id);
    if (c !== 0) visit(c, CLASS_SLOT);
  }

  /** Runs the walk to the end. */
  run(): void {
    while (this.head < this.tail) {
      const id = this.queue[this.head++]!;
      this.forEachRef(id, (t, slot) => this.offer(t, id, slot));
    }
  }
}
