/**
 * `pnpm bench`: heapline's benchmarks. Prints a table, or with --json one JSON object per line:
 * {"name","value","unit","baseline":{"name","value"}|null,"ratio"|null,"target","met"}.
 * Where CPython has the same workload, it runs under python3 in the same run and the ratio is
 * heapline / CPython. Figures, not tests: nothing here fails the build.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gcBench } from './gcBench.ts';
import { churnBench, rawAppendBench, rawGrowingAppendBench } from './churnBench.ts';
import { timelineBench } from './timelineBench.ts';

interface Target {
  readonly metric: 'value' | 'ratio';
  readonly op: '<=' | '>=';
  readonly value: number;
}
interface Row {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: { readonly name: string; readonly value: number } | null;
  readonly ratio: number | null;
  readonly target: Target | null;
  readonly met: boolean | null;
}

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const rows: Row[] = [];

function row(name: string, value: number, unit: string, target: Target | null, baseline: Row['baseline'] = null): void {
  const ratio = baseline ? value / baseline.value : null;
  const measured = target?.metric === 'ratio' ? ratio : value;
  const met = target && measured !== null ? (target.op === '<=' ? measured <= target.value : measured >= target.value) : null;
  const r: Row = { name, value, unit, baseline, ratio, target, met };
  rows.push(r);
  if (json) process.stdout.write(JSON.stringify(r) + '\n');
}

function python(script: string, ...args: string[]): { seconds: number; collected: number } {
  const path = fileURLToPath(new URL(`./python/${script}`, import.meta.url));
  return JSON.parse(execFileSync('python3', [path, ...args], { encoding: 'utf8' })) as { seconds: number; collected: number };
}

function want(name: string): boolean {
  return !only || name.startsWith(only);
}

if (want('gc')) {
  const cpy = python('gc_cycles.py');
  const ours = gcBench(false);
  if (ours.collected !== cpy.collected) throw new Error(`collected ${ours.collected}, CPython ${cpy.collected}`);
  row('gc.full_collect_1M_in_10_cycles', ours.seconds * 1000, 'ms', { metric: 'ratio', op: '<=', value: 1 }, {
    name: 'cpython3.11 gc.collect()',
    value: cpy.seconds * 1000,
  });
  const cpyLive = python('gc_cycles.py', 'live');
  const live = gcBench(true);
  row('gc.full_collect_1M_live', live.seconds * 1000, 'ms', { metric: 'ratio', op: '<=', value: 1 }, {
    name: 'cpython3.11 gc.collect()',
    value: cpyLive.seconds * 1000,
  });
}

if (want('record')) {
  const n = 10_000_000;
  const raw = rawAppendBench(n);
  const rawGrowing = rawGrowingAppendBench(n);
  churnBench(n / 10); // warm-up, as for the gc benchmarks
  const churn = churnBench(n);
  row('record.churn_10M_events', churn.eventsPerSecond / 1e6, 'M events/s', { metric: 'value', op: '>=', value: 10 });
  row('record.bytes_per_event', churn.bytesPerEvent, 'B/event', { metric: 'value', op: '<=', value: 16 });
  row('record.allocated_bytes_per_event', churn.allocatedBytesPerEvent, 'B/event', null);
  row('record.raw_typed_array_append_preallocated', raw.eventsPerSecond / 1e6, 'M events/s', null);
  row('record.raw_typed_array_append_growing', rawGrowing.eventsPerSecond / 1e6, 'M events/s', null);
}

if (want('timeline')) {
  const events = Number(process.env.HEAPLINE_BENCH_EVENTS ?? 10_000_000);
  const t = timelineBench(events, 100_000);
  const ms = { metric: 'value', op: '<=' } as const;
  row(`timeline.build_${t.events}_events_${t.liveObjects}_live`, t.buildSeconds, 's', null);
  row('timeline.seek_random_p50', t.seekP50, 'ms', null);
  row('timeline.seek_random_p99', t.seekP99, 'ms', { ...ms, value: 10 });
  row('timeline.step_forward_p99', t.stepForwardP99, 'ms', { ...ms, value: 1 });
  row('timeline.step_back_p99', t.stepBackP99, 'ms', { ...ms, value: 1 });
  row('timeline.reverse_watchpoint_p99', t.watchpointP99, 'ms', { ...ms, value: 10 });
  row('timeline.retaining_path_p99', t.pathP99, 'ms', { ...ms, value: 50 });
  row('timeline.checkpoint_memory_fraction_of_log', t.checkpointFraction, 'x log', { ...ms, value: 0.5 });
  row('timeline.history_index_fraction_of_log', t.indexFraction, 'x log', null);
  row('timeline.checkpoints', t.checkpoints, '', null);
}

if (want('python')) {
  // `heapline run` end to end (Node start-up included) against `python3` on the same script.
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bin = `${root}apps/cli/bin/heapline.js`;
  const wall = (cmd: string, args: string[]): number => {
    const t0 = process.hrtime.bigint();
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const best = (f: () => number, k = 3): number => Math.min(...Array.from({ length: k }, f));
  const seed = best(() => wall(process.execPath, [bin, 'run', 'examples/seed.py']));
  const seedPy = best(() => wall('python3', ['examples/seed.py']));
  row('python.seed_end_to_end', seed, 's', { metric: 'value', op: '<=', value: 0.5 }, { name: 'python3 examples/seed.py', value: seedPy });
  const iters = Number(process.env.HEAPLINE_BENCH_PY_ITERS ?? 1_000_000);
  const dir = mkdtempSync(`${tmpdir()}/heapline-bench-`);
  const script = `${dir}/alloc_loop.py`;
  const src = readFileSync(fileURLToPath(new URL('./python/alloc_loop.py', import.meta.url)), 'utf8');
  writeFileSync(script, src.replace(/^N = \d+$/m, `N = ${iters}`));
  const py = wall('python3', [script]);
  const ours = wall(process.execPath, [bin, 'run', script, '--log', `${dir}/events.jsonl`]);
  const events = countLines(`${dir}/events.jsonl`) - 2; // header and end line
  rmSync(dir, { recursive: true, force: true });
  row(`python.alloc_loop_${iters}_iterations_with_log`, ours, 's', { metric: 'ratio', op: '<=', value: 10 }, { name: 'python3', value: py });
  row('python.alloc_loop_events', events, 'events', null);
  row('python.alloc_loop_events_per_second', events / ours / 1e6, 'M events/s', null);
}

/** Lines of a file, read in chunks (a big log is longer than the longest JS string). */
function countLines(path: string): number {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 20);
  let lines = 0;
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
  closeSync(fd);
  return lines;
}

if (want('tui')) await (await import('./tuiBench.ts')).tuiRows(row);
if (want('export')) await (await import('./exportBench.ts')).exportRows(row);

if (want('jsonl')) await (await import('./jsonlBench.ts')).jsonlBench(row);

if (!json) {
  const fmt = (v: number | null, d = 2) => (v === null ? '' : v.toFixed(d));
  const header = ['benchmark', 'value', 'unit', 'CPython', 'ratio', 'target', 'met'];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.value),
    r.unit,
    r.baseline ? fmt(r.baseline.value) : '',
    fmt(r.ratio),
    r.target ? `${r.target.metric} ${r.target.op} ${r.target.value}` : '',
    r.met === null ? '' : r.met ? 'yes' : 'no',
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...lines.map((l) => l[k]!.length)));
  const print = (cells: string[]) => console.log(cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
  print(header);
  for (const l of lines) print(l);
}
