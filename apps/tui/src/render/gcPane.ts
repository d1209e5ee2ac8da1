import { objectName } from '../model/describe.js';
import { garbageOf } from '../model/collection.js';
import type { RenderContext, Size } from './frame.js';
import { bold, braces, cell, color, fit } from './markup.js';

/**
 * The collector at the cursor: per-generation count against threshold, `gc.get_stats()`,
 * `gc.garbage`, and the last collection that started at or before the cursor, in detail.
 */
export function gcLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style } = ctx;
  const tl = session.timeline;
  const w = size.width;
  if (!tl) return { title: 'GC', lines: [cell('building the history index…', w)] };
  const s = tl.state;
  const src = { index: session.index, state: s };
  const out: string[] = [];
  // The last collection first: it is what `]` / `[` jump to.
  const start = session.index.collections.atOrBefore(ui.cursor);
  if (start < 0) out.push(cell('no collection yet ( ] jumps to the next one)', w));
  else {
    const c = session.collection(start);
    const running = c.end < 0 || ui.cursor < c.end;
    const list = (label: string, set: { count: number; ids: readonly number[] }) =>
      `${label} ${set.count}${set.count ? ': ' + set.ids.map((id) => objectName(src, id)).join(', ') + (set.count > set.ids.length ? ', …' : '') : ''}`;
    out.push(bold(cell(`${running ? 'this' : 'last'} collection: gen ${c.generation}, ${c.automatic ? 'automatic' : 'gc.collect()'}, events ${c.start}–${c.end < 0 ? '?' : c.end}`, w)));
    out.push(cell(running ? '  running…' : `  collected ${c.collected}, uncollectable ${c.uncollectable}, ${list('resurrected', c.resurrected)}`, w));
    out.push(cell(`  ${list('unreachable', c.unreachable)}`, w));
    out.push(cell(`  ${list('finalizers run', c.finalized)}`, w));
    out.push(cell(`  ${list('freed', c.freed)}`, w));
  }
  // gc.get_count() against gc.get_threshold(), and gc.get_stats(), per generation.
  out.push(bold(braces(fit(`${s.enabled ? 'on  ' : 'off '} count/threshold  collections  collected  uncollectable`, w))));
  for (let g = 0; g < 3; g++) {
    const st = s.stats[g]!;
    const count = `${s.count[g]}/${s.threshold[g]}`;
    const row = braces(fit(`gen${g} ${count.padStart(9)}        ${String(st.collections).padStart(6)} ${String(st.collected).padStart(10)} ${String(st.uncollectable).padStart(14)}`, w));
    out.push(s.count[g]! > s.threshold[g]! ? color(style, 'red', row) : row);
  }
  const garbage = garbageOf(s);
  const shown = garbage.slice(0, 6).map((id) => objectName(src, id)).join(', ') + (garbage.length > 6 ? ', …' : '');
  out.push(cell(`gc.garbage: [${shown}]`, w));
  const top = Math.min(ui.scroll.gc, Math.max(0, out.length - size.height));
  return { title: 'GC', lines: out.slice(top, top + size.height) };
}
