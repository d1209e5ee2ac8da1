/**
 * Event-log files: JSON Lines write and read+validate of a long history (targets: >= 2M
 * events/s write, >= 1M events/s read), and the peak memory of a streaming jsonl -> jsonl copy
 * at 1M and 10M events, each in a fresh process, to show whether it grows with the log's
 * length. The history is timelineBench's `buildHistory` (100,000 live objects, churn).
 *
 * Run as `node --import tsx bench/jsonlBench.ts --copy IN OUT` it is that child process: it
 * streams IN to OUT and prints {"events","maxRssMb","seconds"}.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EventLog, JsonlLogWriter, endLine, eventLine, srcAfter, headerLine, makeHeader, type Heap } from '@heapline/core';
import { openInput, streamInput } from '../apps/cli/src/input.ts';
import { buildHistory } from './timelineBench.ts';

type Row = (name: string, value: number, unit: string, target: { metric: 'value'; op: '<=' | '>='; value: number } | null) => void;

/** Writes `heap`'s log to `path` with the core writer; returns seconds. */
function writeLog(heap: Heap, path: string): number {
  const t = performance.now();
  const fd = openSync(path, 'w');
  const w = new JsonlLogWriter(heap.log);
  writeSync(fd, headerLine(makeHeader([{ name: 'bench.py', source: '' }])) + '\n');
  w.drainBytes((bytes) => writeSync(fd, bytes));
  writeSync(fd, endLine(heap.log.length) + '\n');
  closeSync(fd);
  return (performance.now() - t) / 1000;
}

/** The child: a streaming copy, every event validated and re-serialised. */
async function copy(input: string, output: string): Promise<void> {
  const t = performance.now();
  const fd = openSync(output, 'w');
  let chunk = '';
  const flush = () => {
    writeSync(fd, chunk, null, 'latin1');
    chunk = '';
  };
  let src = 0;
  const r = await streamInput(input, {
    onHeader: (h) => (chunk += headerLine(h) + '\n'),
    onEvent: (e) => {
      src = srcAfter(e, src);
      chunk += eventLine(e, src) + '\n';
      if (chunk.length > 1 << 20) flush();
    },
  });
  chunk += endLine(r.events) + '\n';
  flush();
  closeSync(fd);
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write(JSON.stringify({ events: r.events, maxRssMb: process.resourceUsage().maxRSS / 1024, seconds }) + '\n');
}

function childCopy(input: string, output: string): { events: number; maxRssMb: number; seconds: number } {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--copy', input, output], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { events: number; maxRssMb: number; seconds: number };
}

/** Registers the event-log file benchmarks with `row`. */
export async function jsonlBench(row: Row, events = Number(process.env.HEAPLINE_BENCH_EVENTS ?? 10_000_000)): Promise<void> {
  const dir = mkdtempSync(`${tmpdir()}/heapline-jsonl-`);
  try {
    const small = `${dir}/small.jsonl`;
    writeLog(buildHistory(events / 10, 100_000).heap, small);
    const big = `${dir}/big.jsonl`;
    let heap: Heap | undefined = buildHistory(events, 100_000).heap;
    const n = heap.log.length;
    writeLog(heap, `${dir}/warm.jsonl`); // warm-up: the writer's first pass includes compilation
    rmSync(`${dir}/warm.jsonl`);
    const ws = writeLog(heap, big);
    heap = undefined;
    row(`jsonl.write_${n}_events`, n / ws / 1e6, 'M events/s', { metric: 'value', op: '>=', value: 2 });
    row('jsonl.bytes_per_event', statSync(big).size / n, 'B/event', null);
    let t = performance.now();
    const full = await openInput(big);
    const rs = (performance.now() - t) / 1000;
    if (full.log.length !== n) throw new Error(`read ${full.log.length} events, wrote ${n}`);
    row(`jsonl.read_validate_${n}_events_into_log`, n / rs / 1e6, 'M events/s', { metric: 'value', op: '>=', value: 1 });
    (full as { log: EventLog | undefined }).log = undefined;
    t = performance.now();
    const streamed = await streamInput(big, {});
    row(`jsonl.read_validate_${streamed.events}_events_streaming`, n / ((performance.now() - t) / 1000) / 1e6, 'M events/s', { metric: 'value', op: '>=', value: 1 });
    const a = childCopy(small, `${dir}/small.copy.jsonl`);
    const b = childCopy(big, `${dir}/big.copy.jsonl`);
    row(`jsonl.stream_copy_${a.events}_events_peak_rss`, a.maxRssMb, 'MB', null);
    row(`jsonl.stream_copy_${b.events}_events_peak_rss`, b.maxRssMb, 'MB', null);
    row('jsonl.stream_copy_peak_rss_growth_10x_events', b.maxRssMb / a.maxRssMb, 'x', { metric: 'value', op: '<=', value: 1.25 });
    row(`jsonl.stream_copy_${b.events}_events`, b.events / b.seconds / 1e6, 'M events/s', null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--copy') await copy(process.argv[3]!, process.argv[4]!);
