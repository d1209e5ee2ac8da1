/**
 * Export benchmarks: Parquet export of a long history (in process, from the log), and the peak
 * memory of `heapline export --format chrome-trace` streaming a JSON Lines log from disk, at two
 * log lengths (the process's max RSS, measured by /usr/bin/time): a streaming exporter's peak
 * should not grow with the number of events.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { exportParquet, makeHeader, writeJsonl } from '@heapline/core';
import { buildHistory } from './timelineBench.ts';

export interface ParquetFigures {
  readonly events: number;
  readonly seconds: number;
  readonly bytes: number;
}

/** Builds a history of `events` events over `live` long-lived objects, then times its Parquet export. */
export function parquetBench(events: number, live: number): ParquetFigures {
  const { heap } = buildHistory(events, live);
  globalThis.gc?.();
  let bytes = 0;
  const t = performance.now();
  exportParquet(heap.log.events(), (c) => (bytes += c.length));
  const seconds = (performance.now() - t) / 1000;
  return { events: heap.log.length, seconds, bytes };
}

export interface StreamFigures {
  readonly events: number;
  readonly logBytes: number;
  readonly maxRssMb: number;
  readonly seconds: number;
}

/**
 * Writes a history of `events` events as a JSON Lines file, then runs the real command
 * `heapline export LOG --format FORMAT -o /dev/null` under /usr/bin/time and reports its max RSS
 * and wall time. With `jsonl` it measures the reader alone (validation keeps a heap state), the
 * baseline the chrome-trace figure is compared with.
 */
export function streamExportBench(events: number, live: number, format: 'chrome-trace' | 'jsonl' = 'chrome-trace'): StreamFigures {
  const dir = mkdtempSync(`${tmpdir()}/heapline-export-bench-`);
  try {
    const path = `${dir}/history.jsonl`;
    {
      const { heap } = buildHistory(events, live);
      const fd = openSync(path, 'w');
      for (const chunk of writeJsonl(heap.log, makeHeader([{ name: 'bench.py', source: '' }]))) writeSync(fd, chunk);
      closeSync(fd);
    }
    globalThis.gc?.();
    const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'export', path, '--format', format, '-o', '/dev/null'], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`heapline export failed: ${r.stderr}`);
    const rssKb = Number(r.stderr.trim().split('\n').pop());
    return { events, logBytes: statSync(path).size, maxRssMb: rssKb / 1024, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Row = (name: string, value: number, unit: string, target: { metric: 'value'; op: '<='; value: number } | null) => void;

/**
 * `pnpm bench -- --only=export`: Parquet export of a `HEAPLINE_BENCH_EVENTS`-event history
 * (default 10 million; target <= 10 s) and chrome-trace peak memory at a tenth of that length
 * and at the full length (target: the longer log costs at most 25% more), and the reader's own
 * peak on the same logs.
 */
export function exportRows(row: Row): void {
  const events = Number(process.env.HEAPLINE_BENCH_EVENTS ?? 10_000_000);
  parquetBench(Math.min(events, 200_000), 10_000); // warm-up
  const pq = parquetBench(events, 100_000);
  row(`export.parquet_${pq.events}_events`, pq.seconds, 's', { metric: 'value', op: '<=', value: 10 });
  row('export.parquet_events_per_second', pq.events / pq.seconds / 1e6, 'M events/s', null);
  row('export.parquet_bytes_per_event', pq.bytes / pq.events, 'B/event', null);
  const small = streamExportBench(Math.round(events / 10), 100_000);
  const big = streamExportBench(events, 100_000);
  row(`export.chrome_trace_max_rss_${small.events}_events`, small.maxRssMb, 'MB', null);
  row(`export.chrome_trace_max_rss_${big.events}_events`, big.maxRssMb, 'MB', null);
  row('export.chrome_trace_rss_growth_10x_events', big.maxRssMb / small.maxRssMb, 'x', { metric: 'value', op: '<=', value: 1.25 });
  row(`export.chrome_trace_${big.events}_events_from_jsonl`, big.seconds, 's', null);
  // The same logs through the reader alone (jsonl to jsonl): what the trace adds is the difference.
  const readerSmall = streamExportBench(Math.round(events / 10), 100_000, 'jsonl');
  const readerBig = streamExportBench(events, 100_000, 'jsonl');
  row(`export.jsonl_reader_max_rss_${readerSmall.events}_events`, readerSmall.maxRssMb, 'MB', null);
  row(`export.jsonl_reader_max_rss_${readerBig.events}_events`, readerBig.maxRssMb, 'MB', null);
  row('export.chrome_trace_rss_over_reader_10M', big.maxRssMb - readerBig.maxRssMb, 'MB', null);
}
