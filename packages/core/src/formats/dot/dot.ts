import { ErrorCode, fail } from '../../errors.js';
import type { Referent } from '../../timeline/heapView.js';
import type { Timeline } from '../../timeline/timeline.js';
import { heapAt, type HeapAt } from '../heapSnapshot/heapAt.js';
import { dotCaption, dotLabel, dotText } from './dotQuote.js';
import { selectNodes } from './focus.js';

/** Options of {@link exportDot}. */
export interface DotOptions {
  /** The event whose heap is drawn (default: the last). */
  readonly at?: number;
  /** Draw only the neighbourhood of this object: what it references and what holds it. */
  readonly focus?: number;
  /** With `focus`: how many references away, either way (default 2). */
  readonly depth?: number;
  /** Refuse to draw more objects than this (default 2,000): Graphviz layouts beyond are unreadable. */
  readonly maxNodes?: number;
}

/** What a DOT export drew. */
export interface DotSummary {
  readonly at: number;
  readonly objects: number;
  readonly roots: number;
  readonly edges: number;
}

const ROOT_STYLE = 'shape=box, style="filled,bold", fillcolor="#dbe9ff", color="#3366aa"';
const GARBAGE_STYLE = 'fillcolor="#ffd6d6", color="#cc0000", penwidth=2';
const OWNED_STYLE = 'style="rounded,filled,dashed"';
const FOCUS_STYLE = 'penwidth=3, color="#000000"';

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
const objectNode = (id: number): string => `o${id}`;
const rootNode = (id: number): string => `r${-id}`;
const slotText = (r: Referent): string => (typeof r.slot === 'number' ? `[${r.slot}]` : r.slot);

/**
 * Writes the heap graph just after event `at` as Graphviz DOT (`dot -Tsvg heap.dot > heap.svg`):
 * one node per live object (type, id, refcount, size), roots as blue boxes, references as edges
 * labelled by their slot (`[i]` for a position in a list or tuple), pending garbage (cycles no
 * root reaches, waiting for the collector) in red, one cluster per cycle. Every label from the
 * log is escaped ({@link dotText}). With `focus`, only that object's neighbourhood is drawn.
 *
 * @example
 * let dot = '';
 * exportDot(new Timeline(heap.log), (c) => (dot += c), { focus: 7, depth: 1 });
 */
export function exportDot(tl: Timeline, sink: (chunk: string) => void, options: DotOptions = {}): DotSummary {
  const h = heapAt(tl, options.at);
  const { objects, roots } = selectNodes(h, options);
  const maxNodes = options.maxNodes ?? 2000;
  if (objects.length > maxNodes) {
    fail(
      ErrorCode.InvalidArgument,
      `the heap at event ${h.view.index} has ${objects.length} objects to draw, more than ${maxNodes}: draw one object's neighbourhood with --focus ID [--depth K]`,
    );
  }
  const shown = new Set(objects);
  const owned = new Set(h.owned);
  const lines: string[] = [
    'digraph heap {',
    `  graph [rankdir=LR, fontname="Helvetica", label=${dotCaption(`heap after event ${h.view.index}: ${plural(h.view.liveObjects, 'object')}, ${plural(h.view.liveBytes, 'byte')}`)}, labelloc=t];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const r of h.view.roots) if (roots.has(r.id)) lines.push(`  ${rootNode(r.id)} [label=${dotLabel(r.name)}, ${ROOT_STYLE}];`);
  const groups = h.garbage.map((g, k) => ({ k, g, ids: g.objects.filter((id) => shown.has(id)) })).filter((x) => x.ids.length > 0);
  for (const id of objects) if (!h.garbageIds.has(id)) lines.push(`  ${objectLine(h, owned, id, options.focus)}`);
  for (const { k, g, ids } of groups) {
    lines.push(`  subgraph cluster_garbage_${k} {`);
    lines.push(`    label=${dotCaption(`pending garbage since event ${g.since}: ${plural(g.objects.length, 'object')}, ${plural(g.bytes, 'byte')}`)}; color="#cc0000"; style=dashed; fontcolor="#cc0000";`);
    for (const id of ids) lines.push(`    ${objectLine(h, owned, id, options.focus)}`);
    lines.push('  }');
  }
  let edges = 0;
  const edge = (from: string, to: number, r: Referent, garbage: boolean): void => {
    if (!shown.has(to)) return;
    edges++;
    lines.push(`  ${from} -> ${objectNode(to)} [label=${dotLabel(slotText(r))}${garbage ? ', color="#cc0000"' : ''}];`);
  };
  for (const r of h.view.roots) if (roots.has(r.id)) for (const ref of r.referents) edge(rootNode(r.id), ref.target, ref, false);
  for (const id of objects) {
    for (const ref of h.view.objects[id]!.referents) edge(objectNode(id), ref.target, ref, h.garbageIds.has(id) && h.garbageIds.has(ref.target));
  }
  lines.push('}', '');
  sink(lines.join('\n'));
  return { at: h.view.index, objects: objects.length, roots: roots.size, edges };
}

function objectLine(h: HeapAt, owned: ReadonlySet<number>, id: number, focus: number | undefined): string {
  const o = h.view.objects[id]!;
  const style = [h.garbageIds.has(id) ? GARBAGE_STYLE : '', owned.has(id) ? OWNED_STYLE : '', id === focus ? FOCUS_STYLE : ''].filter(Boolean);
  const label = `"${dotText(o.type)} #${id}\\nrefcount ${o.refcount}, ${o.size} B"`;
  return `${objectNode(id)} [label=${label}${style.length > 0 ? `, ${style.join(', ')}` : ''}];`;
}
