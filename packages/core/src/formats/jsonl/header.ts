/** Validation of the header line. */
import { ErrorCode } from '../../errors.js';
import { LOG_FORMAT, type LogFile, type LogHeader } from './lineFormat.js';
import { bad } from './logError.js';

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
