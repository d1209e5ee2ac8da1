import { touched } from '../model/heapTable.js';
import { resolveSelection } from '../controller/navigate.js';
import type { RenderContext, Size } from './frame.js';
import { bold, braces, cell, color, fit, inverse } from './markup.js';

const GEN_SHORT: Readonly<Record<string, string>> = { permanent: 'perm', unreachable: 'unre', uncollectable: 'unco', scratch: 'scr' };

/**
 * Live objects at the cursor (id, type, refcount, generation, size, allocation line), a window
 * around the selection in the chosen order. Objects the last move touched are marked `*`,
 * objects unreachable but not yet collected `U`.
 */
export function heapLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style, deferred } = ctx;
  const tl = session.timeline;
  const w = size.width;
  if (!tl) return { title: 'Heap', lines: [cell('building the history index…', w)] };
  const s = tl.state;
  const n = session.table.size;
  const sel = resolveSelection(session, ui);
  const changed = touched(session.log, ui.previous, ui.cursor);
  const rowsH = size.height - 1;
  const top = sel ? Math.max(0, Math.min(sel.row - Math.floor(rowsH / 2), n - rowsH)) : 0;
  const siteW = 6;
  const typeW = Math.max(4, w - 26 - siteW);
  const header = `  ${'id'.padStart(6)} ${fit('type', typeW)} ${'rc'.padStart(3)} ${fit('gen', 4)} ${'size'.padStart(6)} line`;
  const lines = [bold(braces(fit(header, w)))];
  for (let k = top; k < Math.min(n, top + rowsH); k++) {
    const id = session.table.idAt(s, ui.cursor, ui.sort, k);
    const r = session.table.row(s, id);
    const mark = deferred.pending?.has(id) ? 'U' : changed.has(id) ? '*' : ' ';
    const site = r.site ? r.site.replace(/^.*:/, ':') : '';
    const gen = GEN_SHORT[r.generation] ?? r.generation;
    const body = cell(`${mark} ${String(id).padStart(6)} `, 9) + cell(r.type, typeW) + braces(` ${fit(String(r.refcount).padStart(3), 3)} ${fit(gen, 4)} ${fit(String(r.size).padStart(6), 6)} `) + cell(site, Math.max(0, w - typeW - 26));
    if (sel && k === sel.row) lines.push(ui.focus === 'heap' ? inverse(body) : bold(body));
    else if (mark === 'U') lines.push(color(style, 'red', body));
    else if (mark === '*') lines.push(color(style, 'yellow', body));
    else lines.push(body);
  }
  if (n === 0) lines.push(cell('(no live objects at this event)', w));
  const pending = deferred.pending ? `, ${deferred.pending.size} unreachable` : '';
  return { title: `Heap: ${n.toLocaleString('en-US')} live${pending}, ${ui.sort} first (s)`, lines };
}
