import { ErrorCode, fail } from '../../errors.js';
import type { HeapAt } from '../heapSnapshot/heapAt.js';

/** What a DOT export draws: objects (ascending ids) and roots. */
export interface Selection {
  readonly objects: readonly number[];
  readonly roots: ReadonlySet<number>;
}

/**
 * Everything, or with `focus` the objects at most `depth` references away from it in either
 * direction (what it references, what holds it, and so on), plus the roots holding any of them.
 * Roots are drawn but not walked through: a frame's other locals are not the object's neighbours.
 */
export function selectNodes(h: HeapAt, options: { readonly focus?: number; readonly depth?: number }): Selection {
  const { view } = h;
  if (options.focus === undefined) return { objects: h.ids, roots: new Set(view.roots.map((r) => r.id)) };
  const focus = options.focus;
  const depth = options.depth ?? 2;
  if (!Number.isSafeInteger(depth) || depth < 0) fail(ErrorCode.InvalidArgument, `depth must be a non-negative integer, not ${depth}`);
  if (!Number.isSafeInteger(focus) || view.objects[focus] === undefined) {
    fail(ErrorCode.UnknownObject, `object ${focus} is not alive just after event ${view.index}`);
  }
  const dist = new Map<number, number>([[focus, 0]]);
  const roots = new Set<number>();
  let frontier = [focus];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    const visit = (id: number): void => {
      if (dist.has(id)) return;
      dist.set(id, d);
      next.push(id);
    };
    for (const id of frontier) {
      const o = view.objects[id]!;
      for (const r of o.referents) visit(r.target);
      for (const hr of o.holders) {
        if (hr.holder < 0) roots.add(hr.holder);
        else visit(hr.holder);
      }
    }
    frontier = next;
  }
  // The last ring's holders that are roots are drawn too (one hop, no further).
  for (const id of frontier) for (const hr of view.objects[id]!.holders) if (hr.holder < 0) roots.add(hr.holder);
  return { objects: [...dist.keys()].sort((a, b) => a - b), roots };
}
