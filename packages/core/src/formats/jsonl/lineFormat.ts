/**
 * The on-disk JSON Lines event log: a header line, one line per event, an end line. This file
 * holds the names and shapes the writer and the reader share; docs/event-log.md documents them
 * field by field and docs/event-log.schema.json is the contract.
 */
import { ErrorCode } from '../../errors.js';
import { EVENT_FORMAT_VERSION, SIMULATED_PYTHON } from '../../events/kinds.js';
import { bad } from './logError.js';

/** The `format` field of the header line (and the `end` field of the end line). */
export const LOG_FORMAT = 'heapline-events';

/** A source file of the program the log records. */
export interface LogFile {
  readonly name: string;
  readonly source: string;
}

/** The first line of a log file. */
export interface LogHeader {
  readonly format: typeof LOG_FORMAT;
  /** Event format version ({@link EVENT_FORMAT_VERSION}); readers refuse newer versions. */
  readonly version: number;
  /** The CPython version the events simulate (`'3.11'`). */
  readonly python: string;
  /** The program's source files, names and texts, in the order the program loaded them. */
  readonly files: readonly LogFile[];
}

/** A header for a log of the current version, recording `files`. */
export function makeHeader(files: readonly LogFile[]): LogHeader {
  return { format: LOG_FORMAT, version: EVENT_FORMAT_VERSION, python: SIMULATED_PYTHON, files };
}

/**
 * A JSON string literal for `s`, in pure printable ASCII: JSON.stringify's escapes plus every
 * character from DEL up written as a lowercase `\uXXXX` escape (as Python's `json.dumps`
 * with `ensure_ascii`). So a log file is ASCII: `cat` on it cannot drive a terminal, and it is
 * written and read as latin1, much faster than UTF-8. The common case (nothing to escape) skips
 * JSON.stringify.
 */
export function jsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  return JSON.stringify(s).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;
const NON_ASCII = /[\u007f-\uffff]/g;

/** The header line (without its newline). */
export function headerLine(h: LogHeader): string {
  const files = h.files.map((f) => `{"name":${jsonString(f.name)},"source":${jsonString(f.source)}}`).join(',');
  return `{"format":${jsonString(h.format)},"version":${h.version},"python":${jsonString(h.python)},"files":[${files}]}`;
}

/**
 * The end line (without its newline): written after the last event, so a complete file can be
 * told from one cut at a line boundary. `events` is the number of event lines.
 */
export function endLine(events: number): string {
  return `{"end":"${LOG_FORMAT}","events":${events}}`;
}

/** The header a parsed first line describes; `known` is the newest version this reader reads. */
export function parseHeader(o: unknown, line: number, known: number): LogHeader {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) bad(ErrorCode.LogBadHeader, line, 'the header line must be a JSON object');
  const h = o as Record<string, unknown>;
  if (h['format'] !== LOG_FORMAT) {
    const what = Object.hasOwn(h, 'kind') ? 'an event line came first: the header line is missing' : `"format" must be "${LOG_FORMAT}"`;
    bad(ErrorCode.LogBadHeader, line, `not a heapline event log: ${what}`);
  }
  const version = h['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    bad(ErrorCode.LogBadHeader, line, 'header field "version" must be a positive integer');
  }
  if (version > known) {
    bad(ErrorCode.LogNewerVersion, line, `event format version ${version} is newer than this heapline reads (${known}): upgrade heapline`);
  }
  const python = h['python'];
  if (typeof python !== 'string') bad(ErrorCode.LogBadHeader, line, 'header field "python" must be a string');
  const files = h['files'];
  if (!Array.isArray(files)) bad(ErrorCode.LogBadHeader, line, 'header field "files" must be an array');
  const out: LogFile[] = files.map((f: unknown, k) => {
    const r = f as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null || typeof r['name'] !== 'string' || typeof r['source'] !== 'string') {
      bad(ErrorCode.LogBadHeader, line, `header files[${k}] must have string "name" and "source"`);
    }
    return { name: r['name'], source: r['source'] };
  });
  return { format: LOG_FORMAT, version, python, files: out };
}
