import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { Timeline } from '../../timeline/timeline.js';
import { exportDot, type DotOptions } from './dot.js';
import { dotText, MAX_LABEL_TEXT } from './dotQuote.js';

/** globals: xs = [n]; a <-> b held by a frame; c <-> d cut off (pending garbage); a hostile type name. */
function sample(): { heap: Heap; ids: Record<string, number> } {
  const heap = new Heap();
  const g = heap.addRoot('module globals');
  const f = heap.addRoot('frame "f"');
  const xs = heap.alloc({ type: 'list', size: 72, gc: true, sequence: true, holder: g, slot: 'xs' });
  const n = heap.alloc({ type: 'int', size: 28, holder: xs, slot: 0 });
  const obj = (slot: string, type = 'Node') => heap.alloc({ type, size: 48, gc: true, holder: f, slot });
  const [a, b, c, d] = [obj('a'), obj('b'), obj('c'), obj('d', 'Evil"]; x -> y; \\N\x1b[2J<b>&')];
  heap.take(b, a, 'next');
  heap.take(a, b, 'next');
  heap.take(d, c, 'next');
  heap.take(c, d, "['k\\\"}']");
  heap.drop(c, f, 'c');
  heap.drop(d, f, 'd');
  return { heap, ids: { xs, n, a, b, c, d } };
}

function dot(heap: Heap, options: DotOptions = {}): string {
  let out = '';
  exportDot(new Timeline(heap.log), (c) => (out += c), options);
  return out;
}

function render(text: string): string {
  const r = spawnSync('dot', ['-Tsvg'], { input: text, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Node and edge names from the SVG Graphviz rendered (its <title> elements). */
function titles(svg: string): string[] {
  return [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!.replace(/&#45;/g, '-').replace(/&gt;/g, '>'));
}

describe('Graphviz DOT export', () => {
  it('renders with dot -Tsvg: every object and root, every reference, labels with refcounts and slots', () => {
    const { heap, ids } = sample();
    const text = dot(heap);
    const svg = render(text);
    const t = titles(svg);
    for (const id of Object.values(ids)) expect(t).toContain(`o${id}`);
    expect(t).toEqual(expect.arrayContaining(['r2', 'r3', `r2->o${ids.xs}`, `o${ids.xs}->o${ids.n}`, `o${ids.a}->o${ids.b}`, `o${ids.b}->o${ids.a}`, `r3->o${ids.a}`]));
    expect(t.filter((x) => x.includes('->'))).toHaveLength(8);
    expect(svg).toContain('refcount 2, 48 B');
    expect(svg).toContain('>[0]</text>');
    expect(svg).toContain('Node #');
  });

  it('highlights the pending cycle in a red cluster and escapes hostile labels', () => {
    const { heap, ids } = sample();
    const text = dot(heap);
    expect(text).toMatch(new RegExp(`subgraph cluster_garbage_0 \\{[^}]*pending garbage since event \\d+: 2 objects[\\s\\S]*o${ids.c} \\[[^\\]]*#cc0000`));
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\\\\x1b[2J');
    const svg = render(text);
    expect(titles(svg)).toContain('cluster_garbage_0');
    expect(svg).toContain('Evil&quot;]; x &#45;&gt; y; \\N\\x1b[2J&lt;b&gt;&amp;');
    expect(titles(svg).filter((x) => x.includes('->'))).toHaveLength(8);
  });

  it('--focus draws the neighbourhood only, to the depth asked', () => {
    const { heap, ids } = sample();
    const nodes = (t: string[]) => t.filter((x) => /^[or]\d+$/.test(x)).sort();
    expect(nodes(titles(render(dot(heap, { focus: ids.n!, depth: 0 }))))).toEqual([`o${ids.n}`]);
    // one reference away: the list holding it, and the root holding the list (drawn, not walked)
    const near = titles(render(dot(heap, { focus: ids.n!, depth: 1 })));
    expect(nodes(near)).toEqual([`o${ids.n}`, `o${ids.xs}`, 'r2'].sort());
    expect(near).toContain(`r2->o${ids.xs}`);
    const cycle = titles(render(dot(heap, { focus: ids.a!, depth: 0 })));
    expect(cycle).toEqual(expect.arrayContaining([`o${ids.a}`, 'r3']));
    expect(cycle).not.toContain(`o${ids.b}`);
  });

  it('misuse is a typed error: unknown focus, too many nodes, event out of range', () => {
    const { heap } = sample();
    expect(() => dot(heap, { focus: 999 })).toThrow(expect.objectContaining({ code: 'HL_UNKNOWN_OBJECT' }));
    expect(() => dot(heap, { maxNodes: 3 })).toThrow(/more than 3: draw one object's neighbourhood with --focus/);
    expect(() => dot(heap, { at: heap.log.length })).toThrow(expect.objectContaining({ code: 'HL_INDEX_OUT_OF_RANGE' }));
  });

  it('property: any label text renders, escaped, with no raw control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const q = dotText(s);
        expect(q).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect([...q.replace(/\\[\\"]/g, '')].every((c) => c !== '"' && c !== '\\')).toBe(true);
        expect([...q.replace(/\\[\\"]/g, 'x')].length).toBeLessThanOrEqual(MAX_LABEL_TEXT);
      }),
      { numRuns: 300 },
    );
    const heap = new Heap();
    const g = heap.addRoot('r\\');
    for (const t of ['"', '\\', '\\"', 'a\nb', '\u202e', '\ud800', '}', '<>&', 'é😀'.repeat(30)]) heap.alloc({ type: t, size: 1, holder: g, slot: t });
    expect(titles(render(dot(heap))).filter((x) => x.includes('->'))).toHaveLength(9);
  });
});
