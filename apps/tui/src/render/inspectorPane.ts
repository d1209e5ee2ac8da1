import type { RefcountPoint } from '@heapline/core';
import { resolveSelection } from '../controller/navigate.js';
import { holderName, objectName, slotName } from '../model/describe.js';
import { objectDetail } from '../model/inspector.js';
import type { RenderContext, Size } from './frame.js';
import { bold, braces, cell, color, fit, inverse, spark } from './markup.js';

/** How many points of a history are at or before event `e`. */
function upTo(points: readonly RefcountPoint[], e: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.event <= e) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The inspected object (else the selected one) at the cursor. */
export function inspectorLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style, deferred } = ctx;
  const tl = session.timeline;
  const w = size.width;
  const id = ui.inspected ?? (tl ? resolveSelection(session, ui)?.id ?? null : null);
  if (!tl || id === null) return { title: 'Inspector', lines: [cell(tl ? 'no object selected (↑/↓ in the heap, Enter, /)' : 'building the history index…', w)] };
  const history = session.refcountHistory(id);
  const d = objectDetail(tl, id, history);
  const src = { index: session.index, state: tl.state };
  const out: string[] = [];
  const site = d.site ? d.site.replace(/^.*\//, '') : 'runtime';
  out.push(bold(cell(`${d.type} #${d.id}`, w, false)) + cell(d.alive ? `  ${d.size} B  rc ${d.refcount}  ${d.generation}  ${site}` : `  not alive at this event`, Math.max(0, w - [...`${d.type} #${d.id}`].length)));
  // Refcount after each change, one column per change (sampled when there are more changes
  // than columns), so every step shows however far apart in time; the cursor in inverse.
  const max = Math.max(1, ...history.map((p) => p.refcount));
  const sparkW = Math.max(8, w - 9);
  const n = history.length;
  const cols = Math.min(n, sparkW);
  const pick = (k: number) => Math.min(n - 1, Math.floor(((k + 1) * n) / cols) - 1);
  const values = Array.from({ length: cols }, (_, k) => history[pick(k)]!.refcount);
  const current = upTo(history, ui.cursor) - 1;
  const at = current < 0 ? -1 : Array.from({ length: cols }, (_, k) => pick(k)).findIndex((p) => p >= current);
  const line = [...spark(values, max)].map((ch, k) => (k === at ? inverse(ch === ' ' ? '▁' : ch) : color(style, 'cyan', ch))).join('');
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
  return { title: `Inspector (${focus})`, lines: out.slice(top, top + size.height) };
}
