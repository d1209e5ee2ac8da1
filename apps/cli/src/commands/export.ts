/**
 * `heapline export LOG|FILE.py --format jsonl|chrome-trace|heapsnapshot|dot|parquet [--at N]
 * [--focus ID [--depth K]] [-o OUT]`: turns a heap history into a file its tool opens (see
 * docs/exports.md). The whole-log formats (jsonl, chrome-trace, parquet) stream: events go from
 * the reader to the exporter without the history being kept. The formats of one moment (a heap
 * snapshot, a DOT graph) load the log into a Timeline and stand at `--at`.
 */
import { basename, resolve } from 'node:path';
import {
  ChromeTraceExport,
  endLine,
  ErrorCode,
  escapeControl,
  eventLine,
  srcAfter,
  exportDot,
  exportHeapSnapshot,
  HeapError,
  headerLine,
  ParquetExport,
  terminalSafeJson,
  Timeline,
  type HeapEvent,
  type LogHeader,
} from '@heapline/core';
import { openInput, streamInput, type InputOptions } from '../input.js';
import { progressBar } from '../progress.js';
import { openOutput, type Output } from './exportOutput.js';
import { withInputErrors } from './failure.js';

export const EXPORT_FORMATS = ['jsonl', 'chrome-trace', 'heapsnapshot', 'dot', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options as commander hands them over (numbers still strings: checked here). */
export interface ExportOptions {
  readonly format: string;
  readonly output?: string;
  readonly at?: string;
  readonly focus?: string;
  readonly depth?: string;
  readonly lifetimes?: string;
  readonly sampleEvery?: string;
  readonly maxNodes?: string;
  readonly allowTruncated?: boolean;
}

const EXTENSION: Record<ExportFormat, string> = {
  jsonl: '.jsonl',
  'chrome-trace': '.trace.json',
  heapsnapshot: '.heapsnapshot',
  dot: '.dot',
  parquet: '.parquet',
};

const bad = (message: string): never => {
  throw new HeapError(ErrorCode.InvalidArgument, message);
};

function integer(flag: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min) bad(`${flag} must be an integer >= ${min}, not '${v}'`);
  return n;
}

/** The output name derived from the input: `run.jsonl.gz` -> `run.trace.json`, `x.py` -> `x.at12.dot`. */
export function defaultOutput(input: string, format: ExportFormat, at: number | undefined): string {
  const base = input.replace(/\.(jsonl\.gz|jsonl|py)$/, '');
  const moment = at !== undefined && (format === 'heapsnapshot' || format === 'dot') ? `.at${at}` : '';
  const out = `${base}${moment}${EXTENSION[format]}`;
  return resolve(out) === resolve(input) ? `${base}.export${EXTENSION[format]}` : out;
}

/** Runs `heapline export`; bad input or options end with one line on stderr and status 2. */
export async function exportCommand(input: string, options: ExportOptions): Promise<void> {
  await withInputErrors(async () => {
    const format = EXPORT_FORMATS.find((f) => f === options.format) ?? bad(`unknown format '${options.format}' (one of ${EXPORT_FORMATS.join(', ')})`);
    const at = integer('--at', options.at, 0);
    const focus = integer('--focus', options.focus, 1);
    const depth = integer('--depth', options.depth, 0);
    const maxNodes = integer('--max-nodes', options.maxNodes, 1);
    const lifetimes = integer('--lifetimes', options.lifetimes, 0);
    const sampleEvery = integer('--sample-every', options.sampleEvery, 1);
    if (at !== undefined && format !== 'heapsnapshot' && format !== 'dot') bad(`--at applies to --format heapsnapshot and dot, not ${format} (which exports the whole log)`);
    if ((focus !== undefined || maxNodes !== undefined) && format !== 'dot') bad('--focus and --max-nodes apply to --format dot only');
    if (depth !== undefined && focus === undefined) bad('--depth needs --focus ID');
    if ((lifetimes !== undefined || sampleEvery !== undefined) && format !== 'chrome-trace') bad('--lifetimes and --sample-every apply to --format chrome-trace only');
    const path = options.output ?? defaultOutput(input, format, at);
    if (path === '-' && format === 'parquet') bad('Parquet is binary: write it to a file (-o FILE.parquet), not to stdout');
    if (path !== '-' && resolve(path) === resolve(input)) bad(`the output '${path}' would overwrite the input`);
    const bar = progressBar('reading');
    const read: InputOptions = { ...(options.allowTruncated ? { allowTruncated: true } : {}), onProgress: bar.update };
    let out: Output | undefined;
    const interrupted = (): void => {
      out?.abort();
      process.exit(130);
    };
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
    try {
      let what: string;
      let truncation: string | undefined;
      if (format === 'heapsnapshot' || format === 'dot') {
        const loaded = await openInput(input, read).finally(bar.stop);
        truncation = loaded.truncated ? (loaded.truncation ?? 'truncated') : undefined;
        const tl = new Timeline(loaded.log);
        out = openOutput(path);
        const o = out;
        if (format === 'heapsnapshot') {
          const s = exportHeapSnapshot(tl, (c) => o.write(c), at);
          what = `heap after event ${s.at}: ${s.objects} objects, ${s.garbage} of them pending garbage`;
        } else {
          const s = exportDot(tl, (c) => o.write(c), { ...(at !== undefined ? { at } : {}), ...(focus !== undefined ? { focus } : {}), ...(depth !== undefined ? { depth } : {}), ...(maxNodes !== undefined ? { maxNodes } : {}) });
          what = `heap after event ${s.at}: ${s.objects} objects, ${s.roots} roots, ${s.edges} references`;
        }
      } else {
        out = openOutput(path);
        if (path === '-' && process.stdout.isTTY && format === 'jsonl') out = terminalSafe(out);
        const r = await streamFormat(format, input, out, read, { ...(lifetimes !== undefined ? { lifetimes } : {}), ...(sampleEvery !== undefined ? { sampleEvery } : {}) }).finally(bar.stop);
        what = r.what;
        truncation = r.truncation;
      }
      out.commit();
      if (truncation !== undefined) process.stderr.write(`heapline: ${escapeControl(input)} is truncated (${escapeControl(truncation)}); exported its valid prefix\n`);
      if (path !== '-') process.stderr.write(`heapline: wrote ${escapeControl(path)} (${format}, ${what})\n`);
    } catch (error) {
      out?.abort();
      throw error;
    } finally {
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    }
  });
}

/**
 * JSON Lines on a terminal: C1 controls and bidi overrides in its strings written as `\uXXXX`
 * (the same values; the file formats keep the canonical bytes). The other formats escape them
 * themselves, DOT with escapeControl and the JSON exports with jsonText.
 */
function terminalSafe(out: Output): Output {
  return { ...out, write: (chunk) => out.write(typeof chunk === 'string' ? terminalSafeJson(chunk) : chunk) };
}

/** The whole-log formats, streamed from the reader to the exporter. */
async function streamFormat(
  format: 'jsonl' | 'chrome-trace' | 'parquet',
  input: string,
  out: Output,
  read: InputOptions,
  trace: { lifetimes?: number; sampleEvery?: number },
): Promise<{ what: string; truncation: string | undefined }> {
  let push: (e: HeapEvent) => void = () => {};
  let finish = (_events: number): string => '';
  const begin = (h: LogHeader): void => {
    if (format === 'jsonl') {
      out.write(`${headerLine(h)}\n`);
      let chunk = '';
      let src = 0;
      push = (e) => {
        src = srcAfter(e, src);
        chunk += `${eventLine(e, src)}\n`;
        if (chunk.length >= 1 << 20) {
          out.write(chunk);
          chunk = '';
        }
      };
      finish = (events) => {
        out.write(`${chunk}${endLine(events)}\n`);
        return `${events} events`;
      };
    } else if (format === 'chrome-trace') {
      const t = new ChromeTraceExport((c) => out.write(c), { title: basename(h.files[0]?.name ?? input), ...trace });
      push = (e) => t.push(e);
      finish = () => {
        const s = t.end();
        const dropped = [s.droppedLifetimes > 0 ? `${s.droppedLifetimes} lifetimes left out (--lifetimes)` : '', s.droppedInstants > 0 ? `${s.droppedInstants} instants left out` : ''].filter(Boolean);
        return `${s.events} events${dropped.length > 0 ? `; ${dropped.join(', ')}` : ''}`;
      };
    } else {
      const files = JSON.stringify(h.files.map((f) => f.name));
      const pq = new ParquetExport((c) => out.write(c), { metadata: { 'heapline.files': files } });
      push = (e) => pq.push(e);
      finish = () => {
        pq.end();
        return `${pq.rows} rows`;
      };
    }
  };
  const r = await streamInput(input, { onHeader: begin, onEvent: (e) => push(e) }, read);
  return { what: finish(r.events), truncation: r.truncated ? (r.truncation ?? 'truncated') : undefined };
}
