import type { Timeline } from '../timeline.js';

/** Live objects and bytes of one type or allocation site. */
export interface LiveGroup {
  /** Type name, or allocation site (`file:line`, or '' when the allocation named none). */
  readonly key: string;
  readonly objects: number;
  readonly bytes: number;
}

/**
 * Live objects and bytes just after event `i`, grouped by type or by allocation site, largest
 * first (by bytes, then objects, then key).
 */
export function liveGroups(tl: Timeline, i: number, by: 'type' | 'site'): LiveGroup[] {
  const s = tl.seek(i).state;
  const log = tl.log;
  const objects = new Map<number, number>();
  const bytes = new Map<number, number>();
  for (let id = 1; id <= s.objectCount; id++) {
    if (!s.isAlive(id)) continue;
    const k = by === 'type' ? s.type[id]! : log.siteOf(id);
    objects.set(k, (objects.get(k) ?? 0) + 1);
    bytes.set(k, (bytes.get(k) ?? 0) + s.size[id]!);
  }
  const out: LiveGroup[] = [];
  for (const [k, n] of objects) out.push({ key: log.strings.get(k), objects: n, bytes: bytes.get(k)! });
  return out.sort((a, b) => b.bytes - a.bytes || b.objects - a.objects || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
