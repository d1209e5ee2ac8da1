import type { EventLog } from '../../log/eventLog.js';
import { endLine, headerLine, type LogHeader } from './lineFormat.js';
import { JsonlLogWriter } from './logWriter.js';

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
