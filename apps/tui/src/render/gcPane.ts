import { objectName } from '../model/describe.js';
import { garbageOf } from '../model/collection.js';
import type { RenderContext, Size } from './context.js';
import { bold, braces, cell, color } from './markup.js';

/**
 * The collector at the cursor: per-generation count against threshold, `gc.get_stats()`,
 * `gc.garbage`, and the last collection that started at or before the cursor, in detail.
 */
export function gcLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style } = ctx;
  const tl = session.timeline;
  const w = size.width;
  if (!tl) return { title: ' GC ', lines: [cell('building the history index…', w)] };
  const s = tl.state;
  const src = { index: session.index, state: s };
  const out: string[] = [];
  const gens = [0, 1, 2].map((g) => {
    const over = s.count[g]! > s.threshold[g]!;
    const t = braces(`gen${g} ${s.count[g]}/${s.threshold[g]}`);
    return over ? color(style, 'red', t) : t;
  });
  out.push(gens.join('  ') + braces(`  ${s.enabled ? 'enabled' : 'disabled'}`));
  out.push(cell(`objects in lists: ${s.lists.sizes[0]} / ${s.lists.sizes[1]} / ${s.lists.sizes[2]}`, w));
  for (let g = 0; g < 3; g++) {
    const st = s.stats[g]!;
    out.push(cell(`stats[${g}]: collections ${st.collections}, collected ${st.collected}, uncollectable ${st.uncollectable}`, w));
  }
  const garbage = garbageOf(s);
  out.push(cell(`gc.garbage: ${garbage.length === 0 ? '[]' : garbage.slice(0, 6).map((id) => objectName(src, id)).join(', ') + (garbage.length > 6 ? ', …' : '')}`, w));
  const start = session.index.collections.atOrBefore(ui.cursor);
  if (start < 0) out.push(cell('no collection yet ( ] jumps to the next one)', w));
  else {
    const c = session.collection(start);
    const running = c.end < 0 || ui.cursor < c.end;
    out.push(
      bold(cell(`${running ? 'this' : 'last'} collection: gen ${c.generation}, ${c.automatic ? 'automatic' : 'gc.collect()'}, events ${c.start}–${c.end < 0 ? '?' : c.end}${running ? ' (running)' : ''}`, w)),
    );
    const list = (label: string, set: { count: number; ids: readonly number[] }) =>
      cell(`  ${label} ${set.count}${set.count ? ': ' + set.ids.map((id) => objectName(src, id)).join(', ') + (set.count > set.ids.length ? ', …' : '') : ''}`, w);
    out.push(list('unreachable', c.unreachable));
    out.push(list('finalizers run', c.finalized));
    out.push(list('resurrected', c.resurrected));
    out.push(list('freed', c.freed));
    out.push(cell(`  collected ${c.collected}, uncollectable ${c.uncollectable}`, w));
  }
  const top = Math.min(ui.scroll.gc, Math.max(0, out.length - size.height));
  return { title: ' GC ', lines: out.slice(top, top + size.height) };
}
