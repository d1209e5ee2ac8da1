/**
 * The one way commands load their input: a JSON Lines event log (`.jsonl`, or `.jsonl.gz`
 * gunzipped by extension), validated line by line, or a Python script (`.py`), run first on
 * the simulated heap (in the same big-stack worker thread as `heapline run`, its output kept
 * off the terminal) and its log read back. Bad input is a `HeapError` whose message names the
 * file and the line.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { isAscii } from 'node:buffer';
import { ErrorCode, EventLog, HeapError, JsonlReader, type HeapEvent, type HeapState, type LogHeader } from '@heapline/core';
import { runCommand } from './run.js';

/** Options of {@link openInput} and {@link streamInput}. */
export interface InputOptions {
  /** Load the valid prefix of a truncated log instead of failing. */
  readonly allowTruncated?: boolean;
  /** Called as the file is read: bytes read so far and the file's size (compressed, for .gz). */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** A loaded input: the header (source files), the whole log, whether it was cut short. */
export interface Input {
  readonly header: LogHeader;
  readonly log: EventLog;
  readonly truncated: boolean;
  /** How it was cut short (`line N: ...`), when `truncated`. */
  readonly truncation?: string;
}

/** What {@link streamInput} read. */
export interface StreamedInput {
  readonly header: LogHeader;
  readonly events: number;
  readonly truncated: boolean;
  readonly truncation?: string;
  /** The heap state after the last event (memory: the live heap, not the history). */
  readonly state: HeapState;
}

/** Callbacks of {@link streamInput}. */
export interface StreamHandlers {
  /** Called once, before the first event. */
  readonly onHeader?: (header: LogHeader) => void;
  /** Each validated event, in order, with the heap state just after it (read-only). */
  readonly onEvent?: (event: HeapEvent, state: HeapState) => void;
}

const fail = (code: ErrorCode, message: string): never => {
  throw new HeapError(code, message);
};

/**
 * Loads `path` (`.jsonl`, `.jsonl.gz` or `.py`) into an {@link EventLog}.
 *
 * @example
 * const { header, log, truncated } = await openInput('run.jsonl.gz', { allowTruncated: true });
 * const tl = new Timeline(log);
 */
export async function openInput(path: string, options: InputOptions = {}): Promise<Input> {
  const log = new EventLog();
  const r = await readInto(path, new JsonlReader({ log, ...flag(options) }), options, {});
  return { header: r.header, log, truncated: r.truncated, ...(r.truncation !== undefined ? { truncation: r.truncation } : {}) };
}

/**
 * Reads `path` like {@link openInput} but without keeping the events: each one is handed to
 * `handlers.onEvent` as soon as it is validated (for exporters whose memory must not grow with
 * the length of the log).
 *
 * @example
 * await streamInput('run.jsonl', { onHeader: (h) => begin(h), onEvent: (e) => write(e) });
 */
export async function streamInput(path: string, handlers: StreamHandlers, options: InputOptions = {}): Promise<StreamedInput> {
  const reader = new JsonlReader(flag(options));
  const r = await readInto(path, reader, options, handlers);
  return { header: r.header, events: r.events, truncated: r.truncated, state: reader.state, ...(r.truncation !== undefined ? { truncation: r.truncation } : {}) };
}

const flag = (o: InputOptions) => (o.allowTruncated ? { allowTruncated: true } : {});

async function readInto(path: string, reader: JsonlReader, options: InputOptions, h: StreamHandlers) {
  if (path.endsWith('.py')) return readScript(path, reader, options, h);
  return readLog(path, path, reader, options, h);
}

/** Runs the script quietly into a temporary log, then reads that. */
async function readScript(path: string, reader: JsonlReader, options: InputOptions, h: StreamHandlers) {
  await statOrFail(path);
  const dir = await mkdtemp(join(tmpdir(), 'heapline-'));
  try {
    const log = join(dir, 'events.jsonl');
    const status = await runCommand(path, { log, quiet: true });
    if (status === 2 || status === 70) fail(ErrorCode.Io, `could not run '${path}'`);
    return await readLog(log, path, reader, options, h);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function statOrFail(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) fail(ErrorCode.Io, `cannot read '${path}': it is a directory`);
    return s.size;
  } catch (error) {
    if (error instanceof HeapError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(ErrorCode.Io, `cannot read '${path}': ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code)}`);
  }
}

async function readLog(file: string, shown: string, reader: JsonlReader, options: InputOptions, h: StreamHandlers) {
  const total = await statOrFail(file);
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  raw.on('data', (chunk) => {
    bytes += chunk.length;
    options.onProgress?.(bytes, total);
  });
  const gz = file.endsWith('.gz');
  const text = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on('error', (error) => text.destroy(error));
  const utf8 = new Utf8Chunks();
  let announced = false;
  const onEvent = (e: HeapEvent): void => {
    if (!announced) announce();
    h.onEvent?.(e, reader.state);
  };
  const announce = (): void => {
    announced = true;
    if (reader.header) h.onHeader?.(reader.header);
  };
  try {
    try {
      for await (const chunk of text) reader.push(utf8.decode(chunk as Buffer), onEvent);
    } catch (error) {
      if (error instanceof HeapError) throw error;
      const e = error as NodeJS.ErrnoException;
      // A gzip stream cut short (a killed writer): what was decompressed is a truncated log.
      if (!(gz && e.code === 'Z_BUF_ERROR')) {
        fail(ErrorCode.Io, `cannot read '${shown}': ${gz && e.code?.startsWith('Z_') ? 'not valid gzip data' : e.message}`);
      }
    }
    reader.push(utf8.end(), onEvent);
    const summary = reader.end(onEvent);
    if (!announced) announce();
    return summary;
  } catch (error) {
    if (error instanceof HeapError) throw new HeapError(error.code, `${shown}: ${error.message}`);
    throw error;
  } finally {
    raw.destroy();
  }
}

/**
 * UTF-8 chunks to text. A pure-ASCII chunk (the usual case: heapline escapes nothing but
 * non-ASCII text) is taken as latin1, several times faster than UTF-8 decoding, whenever the
 * decoder holds no partial character from the chunk before.
 */
class Utf8Chunks {
  private readonly decoder = new TextDecoder('utf-8');
  private pending = false;

  decode(buf: Buffer): string {
    if (!this.pending && isAscii(buf)) return buf.toString('latin1');
    const text = this.decoder.decode(buf, { stream: true });
    this.pending = buf.length < 4 || endsInsideCharacter(buf);
    return text;
  }

  end(): string {
    return this.decoder.decode();
  }
}

/** Whether `buf` ends with the first bytes of a multi-byte UTF-8 character. */
function endsInsideCharacter(buf: Buffer): boolean {
  for (let k = 1; k <= 3; k++) {
    const b = buf[buf.length - k]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k;
  }
  return false;
}
