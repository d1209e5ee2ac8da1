/** `heapline stats LOG [--json]`: what a heap history did, in one streaming pass. */
import { escapeControl } from '@heapline/core';
import { withInputErrors } from './failure.js';
import { StatsCollector, type LineTally, type LogStats } from './logStats.js';
import { streamInput, type StreamedInput } from '../input.js';
import { progressBar } from '../progress.js';

export interface StatsOptions {
  readonly json?: boolean;
  readonly allowTruncated?: boolean;
}

const n = (x: number): string => x.toLocaleString('en-US');

/** tracemalloc's `_format_size`: "12.3 KiB" under 100 units, "1234 KiB" under 10 Ki units. */
export function formatSize(size: number): string {
  let s = size;
  for (const unit of ['B', 'KiB', 'MiB', 'GiB']) {
    if (Math.abs(s) < 100 && unit !== 'B') return `${s.toFixed(1)} ${unit}`;
    if (Math.abs(s) < 10 * 1024) return `${Math.round(s)} ${unit}`;
    s /= 1024;
  }
  return `${Math.round(s)} TiB`;
}

/** A tracemalloc `Statistic` line: `file:line: size=.. KiB, count=.., average=.. B`. */
export function tallyLine(t: LineTally): string {
  const avg = t.count > 0 ? Math.round(t.bytes / t.count) : 0;
  return `${escapeControl(t.site)}: size=${formatSize(t.bytes)}, count=${t.count}, average=${formatSize(avg)}`;
}

/**
 * JSON text with every character {@link escapeControl} would escape written as a `\\uXXXX`
 * escape (JSON.stringify leaves DEL, C1 controls and bidi overrides raw): the same JSON value,
 * safe on a terminal.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The report as text lines. */
export function statsText(s: LogStats, r: Pick<StreamedInput, 'truncated' | 'truncation'>): string[] {
  const out: string[] = [];
  if (r.truncated) out.push(`(truncated log: ${escapeControl(r.truncation ?? '')}; figures cover the valid prefix)`);
  out.push(`events: ${n(s.events)}`);
  const kinds = Object.entries(s.byKind).sort((a, b) => b[1] - a[1]);
  const w = Math.max(0, ...kinds.map(([k]) => k.length));
  for (const [k, c] of kinds) out.push(`  ${k.padEnd(w)}  ${n(c).padStart(12)}`);
  out.push(`objects: ${n(s.objects.allocated)} allocated, ${n(s.objects.freed)} freed, ${n(s.alive.objects)} still alive at the end (${formatSize(s.alive.bytes)})`);
  out.push(s.peak.event < 0 ? 'peak live memory: 0 B' : `peak live memory: ${formatSize(s.peak.bytes)} (${n(s.peak.bytes)} bytes) after event ${n(s.peak.event)}`);
  out.push('collections:');
  for (const g of s.collections) {
    out.push(`  generation ${g.generation}: ${n(g.collections)} collections, ${n(g.collected)} collected, ${n(g.uncollectable)} uncollectable`);
  }
  out.push(`garbage cycles found by the collector: ${n(s.garbageCycles.groups)} (${n(s.garbageCycles.objects)} objects)`);
  out.push(`top ${s.topLines.length} lines by memory allocated over the run:`);
  for (const t of s.topLines) out.push(`  ${tallyLine(t)}`);
  out.push(`still alive at the end: ${n(s.alive.objects)} objects, ${formatSize(s.alive.bytes)}`);
  if (s.alive.byLine.length > 0) {
    out.push(`  top ${s.alive.byLine.length} lines:`);
    for (const t of s.alive.byLine) out.push(`    ${tallyLine(t)}`);
    out.push(`  top ${s.alive.byType.length} types:`);
    for (const t of s.alive.byType) out.push(`    ${escapeControl(t.type)}: size=${formatSize(t.bytes)}, count=${t.count}`);
  }
  return out;
}

/** Streams `path` and prints its statistics (text, or one JSON object with `--json`). */
export async function statsCommand(path: string, options: StatsOptions, out: (line: string) => void): Promise<void> {
  await withInputErrors(async () => {
    const bar = progressBar('reading');
    const collector = new StatsCollector();
    const r = await streamInput(
      path,
      { onEvent: (e, state) => collector.add(e, state) },
      { ...(options.allowTruncated ? { allowTruncated: true } : {}), onProgress: bar.update },
    ).finally(bar.stop);
    const s = collector.result(r.state);
    if (options.json) out(terminalSafeJson({ ...s, truncated: r.truncated, ...(r.truncation !== undefined ? { truncation: r.truncation } : {}) }));
    else for (const line of statsText(s, r)) out(line);
  });
}
