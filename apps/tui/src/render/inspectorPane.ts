import type { RefcountPoint } from '@heapline/core';
import { resolveSelection } from '../controller/selection.js';
import { holderName, objectName, slotName } from '../model/describe.js';
import { objectDetail } from '../model/inspector.js';
import type { RenderContext, Size } from './context.js';
import { bold, braces, cell, color, fit, inverse, spark } from './markup.js';

/** The refcount of a history at event `e` (a step function over its points). */
function refcountAt(points: readonly RefcountPoint[], e: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.event <= e) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : points[lo - 1]!.refcount;
}

/** The inspected object (else the selected one) at the cursor. */
export function inspectorLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style, deferred } = ctx;
  const tl = session.timeline;
  const w = size.width;
  const id = ui.inspected ?? (tl ? resolveSelection(session, ui)?.id ?? null : null);
  if (!tl || id === null) return { title: ' Inspector ', lines: [cell(tl ? 'no object selected (↑/↓ in the heap, Enter, /)' : 'building the history index…', w)] };
  const history = session.refcountHistory(id);
  const d = objectDetail(tl, id, history);
  const src = { index: session.index, state: tl.state };
  const out: string[] = [];
  const site = d.site ? d.site.replace(/^.*\//, '') : 'runtime';
  out.push(bold(cell(`${d.type} #${d.id}`, w, false)) + cell(d.alive ? `  ${d.size} B  rc ${d.refcount}  ${d.generation}  ${site}` : `  not alive at this event`, Math.max(0, w - [...`${d.type} #${d.id}`].length)));
  // Refcount over the object's life, one column per slice of it; the cursor in inverse.
  const from = d.lifecycle.alloc;
  const to = d.lifecycle.free >= 0 ? d.lifecycle.free : session.total - 1;
  const max = Math.max(1, ...history.map((p) => p.refcount));
  const sparkW = Math.max(8, w - 9);
  const values = Array.from({ length: sparkW }, (_, k) => refcountAt(history, from + Math.floor(((k + 1) * (to - from)) / sparkW)));
  const at = ui.cursor >= from && ui.cursor <= to && to > from ? Math.min(sparkW - 1, Math.floor(((ui.cursor - from) * sparkW) / (to - from))) : -1;
  const line = [...spark(values, max)].map((ch, k) => (k === at ? inverse(ch === ' ' ? '│' : ch) : color(style, 'cyan', ch))).join('');
  out.push(braces(fit(`rc≤${max}`, 8)) + ' ' + line);
  const ev = (e: number) => (e < 0 ? '–' : String(e));
  out.push(cell(`events: alloc ${ev(d.lifecycle.alloc)} (a)  finalize ${ev(d.lifecycle.finalize)}  free ${ev(d.lifecycle.free)} (f)  changes ${history.length - 1} (w/W)`, w));
  if (d.alive) {
    const path = deferred.path;
    const pathText = path === null ? '…' : path.length === 0 ? 'unreachable from the roots' : path.map((p, k) => (k === 0 ? holderName(src, p.holder) : '') + ` ${slotName(p.slot)}→ ${objectName(src, p.target)}`).join('');
    out.push(cell(`path: ${pathText}`, w));
    out.push(bold(braces(`holders (${d.holders.reduce((n, h) => n + h.slots.length, 0)}):`)));
    for (const h of d.holders) for (const slot of h.slots) out.push(cell(`  ${holderName(src, h.holder)} ${slotName(slot)}`, w));
    out.push(bold(braces(`referents (${d.referents.length}):`)));
    for (const r of d.referents) out.push(cell(`  ${slotName(r.slot)} → ${objectName(src, r.target)}`, w));
  }
  const top = Math.min(ui.scroll.inspector, Math.max(0, out.length - size.height));
  const focus = ui.inspected === null ? 'selected' : 'inspected';
  return { title: ` Inspector (${focus}) `, lines: out.slice(top, top + size.height) };
}
