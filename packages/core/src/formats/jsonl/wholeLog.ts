/** Whole logs as text in one call: read into an EventLog, stream, or write. */
import type { HeapEvent } from '../../events/kinds.js';
import { EventLog } from '../../log/eventLog.js';
import { endLine, headerLine, type LogHeader } from './lineFormat.js';
import { JsonlLogWriter } from './logWriter.js';
import { JsonlReader, type JsonlReadOptions } from './reader.js';

/** A whole log read from JSON Lines. */
export interface JsonlLog {
  readonly header: LogHeader;
  readonly log: EventLog;
  readonly truncated: boolean;
  readonly truncation?: string;
}

/**
 * Reads a whole JSON Lines log (one string, or chunks of text in order) into a new
 * {@link EventLog}, validating every line. Throws a `LogError` naming the first bad line.
 *
 * @example
 * const { header, log } = readJsonl(text);
 * const state = replay(log);
 */
export function readJsonl(text: string | Iterable<string>, options: Omit<JsonlReadOptions, 'log'> = {}): JsonlLog {
  const log = new EventLog();
  const reader = new JsonlReader({ ...options, log });
  if (typeof text === 'string') reader.push(text);
  else for (const chunk of text) reader.push(chunk);
  const s = reader.end();
  return { header: s.header, log, truncated: s.truncated, ...(s.truncation !== undefined ? { truncation: s.truncation } : {}) };
}

/**
 * Streams the events of a JSON Lines log without keeping them: each validated event is handed
 * to `onEvent`. Memory grows with the live heap, not with the number of events.
 */
export function streamJsonl(
  chunks: Iterable<string>,
  onEvent: (e: HeapEvent) => void,
  options: Omit<JsonlReadOptions, 'log'> = {},
): ReturnType<JsonlReader['end']> {
  const reader = new JsonlReader(options);
  for (const chunk of chunks) reader.push(chunk, onEvent);
  return reader.end(onEvent);
}

/**
 * A whole log as JSON Lines text, in chunks of about 1 MiB: the header line, one line per
 * event, the end line. Join the chunks (or write them out one by one) for the file's text.
 *
 * @example
 * const text = [...writeJsonl(heap.log, makeHeader([{ name: 'x.py', source }]))].join('');
 */
export function* writeJsonl(log: EventLog, header: LogHeader): Generator<string> {
  const w = new JsonlLogWriter(log);
  yield headerLine(header) + '\n';
  const chunks: string[] = [];
  const total = log.length;
  for (let from = 0; from < total; ) {
    const to = Math.min(total, from + 8192);
    w.drain((c) => chunks.push(c), to);
    yield* chunks.splice(0);
    from = to;
  }
  yield endLine(total) + '\n';
}
