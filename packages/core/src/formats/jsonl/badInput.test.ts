import { describe, expect, it } from 'vitest';
import { ErrorCode, HeapError } from '../../errors.js';
import { Heap } from '../../heap/heap.js';
import { makeHeader } from './lineFormat.js';
import { LogError } from './logError.js';
import { readJsonl } from './wholeLog.js';
import { writeJsonl } from './wholeLog.js';

/**
 * Each kind of bad input gets its own code and the number of the first bad line. The fixture:
 * line 1 header; line n+2 event n; line 12 the end line.
 *   2-3 root.add -1, -2 | 4 alloc 1 (list) | 5 take 1 by -2 | 6 alloc 2 (int) | 7 take 2 by 1 at 0
 *   8 drop 1 from -2 | 9 drop 2 from 1 | 10 free 2 | 11 free 1 | 12 end
 */
function fixture(): string[] {
  const heap = new Heap();
  const g = heap.addRoot('globals');
  const a = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: g, slot: 'a' });
  const b = heap.alloc({ type: 'int', size: 28 });
  heap.take(b, a, 0);
  heap.drop(a, g, 'a');
  return [...writeJsonl(heap.log, makeHeader([{ name: 'x.py', source: 'a = [1]\n' }]))].join('').split('\n').slice(0, -1);
}

/** Reads `lines` (joined with newlines, plus a final one unless `cut`) and returns the error. */
function errorOf(lines: string[], cut = false): LogError {
  try {
    readJsonl(lines.join('\n') + (cut ? '' : '\n'));
  } catch (error) {
    expect(error).toBeInstanceOf(LogError);
    expect(error).toBeInstanceOf(HeapError);
    return error as LogError;
  }
  throw new Error('the log was accepted');
}

const edit = (line: number, f: (o: Record<string, unknown>) => void) => (lines: string[]) => {
  const o = JSON.parse(lines[line - 1]!) as Record<string, unknown>;
  f(o);
  lines[line - 1] = JSON.stringify(o);
  return lines;
};

describe('reading bad logs', () => {
  it('the fixture itself is valid', () => {
    expect(readJsonl(fixture().join('\n') + '\n').log.length).toBe(10);
  });

  const cases: Array<[string, (l: string[]) => string[], ErrorCode, number, RegExp]> = [
    ['a line that is not JSON', (l) => ((l[4] = '{"seq":3,"kind":'), l), ErrorCode.LogNotJson, 5, /not JSON/],
    ['an unknown event kind', edit(5, (o) => (o['kind'] = 'ref.steal')), ErrorCode.LogUnknownKind, 5, /unknown event kind "ref.steal"/],
    ['a missing field', edit(4, (o) => delete o['size']), ErrorCode.LogBadField, 4, /heap.alloc field 'size' must be an integer >= 0; it is missing/],
    ['a mistyped field', edit(7, (o) => (o['target'] = '2')), ErrorCode.LogBadField, 7, /ref.take field 'target' must be a positive integer; found "2"/],
    ['a field out of the 32-bit range', edit(6, (o) => (o['size'] = 2 ** 40)), ErrorCode.LogBadField, 6, /field 'size'/],
    ['a slot of the wrong type for its holder', edit(7, (o) => (o['slot'] = 'x')), ErrorCode.LogBadField, 7, /field 'slot'.*must be a position/],
    ['an event about an unknown object', edit(7, (o) => (o['target'] = 9)), ErrorCode.UnknownObject, 7, /target 9 is an unknown object/],
    ['an event about a freed object', (l) => (l.splice(11, 0, '{"seq":10,"kind":"gc.track","id":1}'), l), ErrorCode.FreedObject, 12, /object 1 was already freed/],
    ['a refcount going below zero', (l) => (l.splice(8, 0, '{"seq":7,"kind":"ref.drop","target":1,"holder":-2,"slot":"a"}'), l), ErrorCode.RefcountUnderflow, 9, /refcount of object 1 would go below zero/],
    ['an object id reused', edit(6, (o) => (o['id'] = 1)), ErrorCode.LogIdReused, 6, /object id 1 is reused/],
    ['a reference dropped that was never taken', edit(8, (o) => (o['slot'] = 'b')), ErrorCode.CorruptLog, 8, /holds no reference to 1 in slot b/],
    ['a free while still referenced', (l) => [...l.slice(0, 8), '{"seq":7,"kind":"heap.free","id":1,"counted":true}'], ErrorCode.CorruptLog, 9, /freed with refcount|holding references/],
    ['seq out of order', edit(5, (o) => (o['seq'] = 4)), ErrorCode.LogSeqOrder, 5, /seq 4 out of order: expected 3/],
    ['the header missing', (l) => l.slice(1), ErrorCode.LogBadHeader, 1, /header line is missing/],
    ['a malformed header', edit(1, (o) => (o['files'] = 'x.py')), ErrorCode.LogBadHeader, 1, /"files" must be an array/],
    ['a header from a newer version', edit(1, (o) => (o['version'] = 2)), ErrorCode.LogNewerVersion, 1, /version 2 is newer/],
    ['an end line that miscounts', edit(12, (o) => (o['events'] = 9)), ErrorCode.LogBadEnd, 12, /counts 9 events but the file has 10/],
    ['a line after the end line', (l) => [...l, l[2]!], ErrorCode.LogBadEnd, 13, /after the end line/],
    ['a value nested a million deep', (l) => ((l[9] = `{"seq":8,"kind":"gc.unreachable","ids":${'['.repeat(1e6)}${']'.repeat(1e6)}}`), l), ErrorCode.LogBadField, 10, /field 'ids' must be an array of object ids; found an array of 1 items/],
    ['an event that is not an object', (l) => ((l[3] = '[1,2]'), l), ErrorCode.LogBadField, 4, /must be a JSON object, found an array/],
  ];
  for (const [what, mutate, code, line, message] of cases) {
    it(`${what}: ${code} at line ${line}`, () => {
      const e = errorOf(mutate(fixture()));
      expect({ code: e.code, line: e.line }).toEqual({ code, line });
      expect(e.message).toMatch(new RegExp(`^line ${line}: `));
      expect(e.message).toMatch(message);
    });
  }

  it('a line longer than the limit stops the read before it is held whole', () => {
    const lines = fixture();
    lines[3] = lines[3]!.replace('"type":"list"', `"type":"${'x'.repeat(5000)}"`);
    let error: unknown;
    try {
      readJsonl(lines.join('\n') + '\n', { maxLineChars: 1000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LogError);
    expect({ code: (error as LogError).code, line: (error as LogError).line }).toEqual({ code: ErrorCode.LogLineTooLong, line: 4 });
    const chunks = ['{"format":"heapline-events","version":1,"python":"3.11","files":[]}\n', ...Array.from({ length: 20 }, () => 'y'.repeat(100))];
    expect(() => readJsonl(chunks, { maxLineChars: 1000 })).toThrow(/^line 2: the line is longer than 1000 characters/);
  });

  it('an empty file has no header', () => {
    const e = errorOf([], true);
    expect({ code: e.code, line: e.line }).toEqual({ code: ErrorCode.LogBadHeader, line: 1 });
  });

  it('a last line cut short is truncation; allowTruncated loads the events before it', () => {
    const lines = fixture().slice(0, 9);
    lines[8] = lines[8]!.slice(0, 20);
    const e = errorOf(lines, true);
    expect({ code: e.code, line: e.line }).toEqual({ code: ErrorCode.LogTruncated, line: 9 });
    expect(e.message).toMatch(/ends in the middle of this line/);
    const r = readJsonl(lines.join('\n'), { allowTruncated: true });
    expect(r.truncated).toBe(true);
    expect(r.log.length).toBe(7);
  });

  it('a file cut at a line boundary (no end line) is truncation too', () => {
    const lines = fixture().slice(0, 9);
    const e = errorOf(lines);
    expect({ code: e.code, line: e.line }).toEqual({ code: ErrorCode.LogTruncated, line: 10 });
    expect(e.message).toMatch(/ends after 8 events without its end line/);
    expect(readJsonl(lines.join('\n') + '\n', { allowTruncated: true }).log.length).toBe(8);
  });

  it('keys like __proto__ and constructor change nothing', () => {
    const clean = fixture();
    const hostile = clean.map((l, k) =>
      k === 0 || k === clean.length - 1 ? l : l.replace(/^\{/, '{"__proto__":{"polluted":1,"kind":"gc.save"},"constructor":{"prototype":{"polluted":1}},"toString":1,"end":"heapline-events",'),
    );
    const r = readJsonl(hostile.join('\n') + '\n');
    expect([...writeJsonl(r.log, r.header)].join('')).toBe(clean.join('\n') + '\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
