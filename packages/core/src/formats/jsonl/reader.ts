/**
 * The streaming JSON Lines reader: text in (in chunks of any size), validated events out.
 * Every fault is a {@link LogError} naming the line: not JSON, a bad header or a newer
 * version, an unknown kind, a missing or mistyped field, seq out of order, an event that does
 * not fit the heap, a cut-off last line or a missing end line (truncation).
 */
import { ErrorCode } from '../../errors.js';
import { EVENT_FORMAT_VERSION, type HeapEvent } from '../../events/kinds.js';
import { EventLog } from '../../log/eventLog.js';
import type { HeapState } from '../../state/heapState.js';
import { parseFast } from './fastLine.js';
import { eventFromJson } from './fields.js';
import { LOG_FORMAT, type LogHeader } from './lineFormat.js';
import { bad, describe } from './logError.js';
import { parseHeader } from './lineFormat.js';
import { EventValidator } from './validator.js';
import { WindowLog } from './windowLog.js';

const MAX_LINE_CHARS = 256 * 1024 * 1024;

/** Options of a {@link JsonlReader}. */
export interface JsonlReadOptions {
  /**
   * Append the events to this log (for callers who want the whole history). Without it the
   * reader keeps only the newest event: memory does not grow with the number of events.
   */
  readonly log?: EventLog;
  /** Load the valid prefix of a truncated file instead of failing (see {@link ReadSummary}). */
  readonly allowTruncated?: boolean;
  /**
   * Longest line accepted, in characters (default 256 Mi: the header carries whole source
   * files). A hostile file with no newline would otherwise grow one string until the engine
   * gives up with a RangeError.
   */
  readonly maxLineChars?: number;
}

/** What a finished read found. */
export interface ReadSummary {
  readonly header: LogHeader;
  /** Event lines accepted. */
  readonly events: number;
  /** The file was cut short (only with `allowTruncated`); `truncation` says how. */
  readonly truncated: boolean;
  readonly truncation?: string;
}

/**
 * Push text in with {@link push}; each complete, valid event is handed to `onEvent`; call
 * {@link end} after the last chunk.
 *
 * @example
 * const reader = new JsonlReader({ log: new EventLog() });
 * reader.push(text);
 * const { header, events } = reader.end();
 */
export class JsonlReader {
  private readonly validator: EventValidator;
  private rest = '';
  private lineNo = 0;
  private count = 0;
  private head: LogHeader | undefined;
  private ended = false;

  constructor(private readonly options: JsonlReadOptions = {}) {
    this.validator = new EventValidator(options.log ?? new WindowLog());
  }

  /** The header, once its line has been read. */
  get header(): LogHeader | undefined {
    return this.head;
  }
  /** The heap state after the events read so far. */
  get state(): HeapState {
    return this.validator.state;
  }
  /** The log the events go to (a one-event window when none was given). */
  get log(): EventLog {
    return this.validator.log;
  }
  /** Events accepted so far. */
  get events(): number {
    return this.count;
  }

  /** Reads the complete lines of `text` (plus what was left of the previous chunk). */
  push(text: string, onEvent?: (e: HeapEvent) => void): void {
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl < 0) {
      this.rest += text;
      this.checkLength(this.rest.length);
      return;
    }
    if (this.rest) {
      this.checkLength(this.rest.length + nl);
      this.line(this.rest + text.slice(0, nl), onEvent);
      this.rest = '';
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    while (nl >= 0) {
      this.checkLength(nl - start);
      this.line(text.slice(start, nl), onEvent);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    this.rest = text.slice(start);
    this.checkLength(this.rest.length);
  }

  private checkLength(chars: number): void {
    const max = this.options.maxLineChars ?? MAX_LINE_CHARS;
    if (chars > max) bad(ErrorCode.LogLineTooLong, this.lineNo + 1, `the line is longer than ${max} characters: not a heapline log line`);
  }

  /** Finishes the read: checks the last line and the end line. */
  end(onEvent?: (e: HeapEvent) => void): ReadSummary {
    let cut: { line: number; reason: string } | undefined;
    if (this.rest) {
      const last = this.rest;
      this.rest = '';
      if (this.isEndLine(last)) this.line(last, onEvent);
      else cut = { line: this.lineNo + 1, reason: 'the file ends in the middle of this line (no newline): it is truncated' };
    }
    if (!cut && !this.head) bad(ErrorCode.LogBadHeader, 1, 'the file is empty: no header line');
    if (!cut && !this.ended) {
      cut = { line: this.lineNo + 1, reason: `the file ends after ${this.count} events without its end line: it is truncated` };
    }
    if (!cut) return { header: this.head as LogHeader, events: this.count, truncated: false };
    if (!this.options.allowTruncated) bad(ErrorCode.LogTruncated, cut.line, cut.reason);
    if (!this.head) bad(ErrorCode.LogBadHeader, 1, 'the file is cut off before the end of its header line');
    return { header: this.head, events: this.count, truncated: true, truncation: `line ${cut.line}: ${cut.reason}` };
  }

  private isEndLine(text: string): boolean {
    return text.startsWith('{"end"') && text.endsWith('}') && this.head !== undefined;
  }

  private line(text: string, onEvent?: (e: HeapEvent) => void): void {
    const n = ++this.lineNo;
    if (this.ended) bad(ErrorCode.LogBadEnd, n, 'unexpected line after the end line');
    if (this.head) {
      const fast = parseFast(text, this.count);
      if (fast) {
        this.validator.accept(fast, n);
        this.count++;
        onEvent?.(fast);
        return;
      }
    }
    let o: unknown;
    try {
      o = JSON.parse(text);
    } catch {
      if (!this.head) bad(ErrorCode.LogBadHeader, n, 'the header line is not JSON');
      bad(ErrorCode.LogNotJson, n, `not JSON: ${describe(text)}`);
    }
    if (!this.head) {
      this.head = parseHeader(o, n, EVENT_FORMAT_VERSION);
      return;
    }
    if (typeof o === 'object' && o !== null && Object.hasOwn(o, 'end') && !Object.hasOwn(o, 'kind')) {
      this.endLine(o as Record<string, unknown>, n);
      return;
    }
    const e = eventFromJson(o, n, this.count);
    this.validator.accept(e, n);
    this.count++;
    onEvent?.(e);
  }

  private endLine(o: Record<string, unknown>, n: number): void {
    if (o['end'] !== LOG_FORMAT) bad(ErrorCode.LogBadEnd, n, `the end line must have "end":"${LOG_FORMAT}"`);
    if (o['events'] !== this.count) {
      bad(ErrorCode.LogBadEnd, n, `the end line counts ${describe(o['events'])} events but the file has ${this.count}`);
    }
    this.ended = true;
  }
}
