import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, replay } from '@heapline/core';
import { beforeAll, describe, expect, it } from 'vitest';

/** End to end: `heapline stats` against heapline's own view of the same log. */
const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'heapline-stats-'));
const script = join(dir, 'leak.py');
const log = join(dir, 'leak.jsonl');
const SOURCE = [
  'import gc',
  'class Node:',
  '    def __init__(self):',
  '        self.other = None',
  'for i in range(3):',
  '    a = Node()',
  '    b = Node()',
  '    a.other = b',
  '    b.other = a',
  'del a, b',
  'print("collected", gc.collect())',
  'keep = [[] for _ in range(50)]',
  '',
].join('\n');

interface Stats {
  events: number;
  byKind: Record<string, number>;
  objects: { allocated: number; freed: number };
  peak: { bytes: number; event: number };
  collections: Array<{ generation: number; collections: number; collected: number; uncollectable: number }>;
  garbageCycles: { groups: number; objects: number };
  topLines: Array<{ site: string; count: number; bytes: number }>;
  alive: { objects: number; bytes: number; byLine: Array<{ site: string; count: number; bytes: number }> };
  truncated: boolean;
}

beforeAll(() => {
  writeFileSync(script, SOURCE);
  expect(run('run', script, '--log', log).stdout).toBe('collected 6\n');
});

describe('heapline stats', () => {
  it('--json figures agree with the log read by the library', () => {
    const r = run('stats', log, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as Stats;
    const { log: events } = readJsonl(readFileSync(log, 'utf8'));
    const all = [...events.events()];
    const count = (k: string) => all.filter((e) => e.kind === k).length;
    expect(s.events).toBe(events.length);
    expect(s.byKind['ref.take']).toBe(count('ref.take'));
    expect(s.objects).toEqual({ allocated: count('heap.alloc'), freed: count('heap.free') });
    const end = replay(events);
    expect(s.alive.objects).toBe(end.liveObjects);
    expect(s.alive.bytes).toBe(end.liveBytes);
    // Peak: the largest live-bytes value after any event, and the first event that reached it.
    let peak = 0;
    let at = -1;
    const state = replay(events, 0);
    for (let i = 0; i < events.length; i++) {
      state.apply(i);
      if (state.liveBytes > peak) [peak, at] = [state.liveBytes, i];
    }
    expect(s.peak).toEqual({ bytes: peak, event: at });
    // The explicit gc.collect() is a full collection that finds the three 2-object cycles.
    const gen2 = s.collections[2]!;
    expect(gen2.collected).toBeGreaterThanOrEqual(6);
    expect(s.garbageCycles.groups).toBeGreaterThanOrEqual(3);
    expect(s.garbageCycles.objects).toBeGreaterThanOrEqual(6);
    // The list comprehension on line 12 allocates (at least) its 50 lists; the program's own
    // objects are released when it exits, so what is alive at the end is the runtime's.
    const line12 = s.topLines.find((t) => t.site === `${script}:12`);
    expect(line12?.count).toBeGreaterThanOrEqual(50);
    expect(s.alive.byLine.some((t) => t.site === `${script}:12`)).toBe(false);
    expect(s.truncated).toBe(false);
  });

  it('text output: tracemalloc-style lines, collections per generation', () => {
    const r = run('stats', log);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^events: [\d,]+\n/);
    expect(r.stdout).toMatch(/^  ref\.take +[\d,]+$/m);
    expect(r.stdout).toMatch(/^peak live memory: .* after event [\d,]+$/m);
    expect(r.stdout).toMatch(/^  generation 2: \d+ collections, \d+ collected, 0 uncollectable$/m);
    expect(r.stdout).toMatch(/^garbage cycles found by the collector: \d+ \(\d+ objects\)$/m);
    expect(r.stdout).toMatch(new RegExp(`^  ${script.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:12: size=\\d+(\\.\\d)? (B|KiB), count=\\d+, average=\\d+ B$`, 'm'));
  });

  it('a .py input is run first, its output kept off the terminal', () => {
    const r = run('stats', script, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as Stats;
    const fromLog = JSON.parse(run('stats', log, '--json').stdout) as Stats;
    expect(s.byKind).toEqual(fromLog.byKind);
  });
});
