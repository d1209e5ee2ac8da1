import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Heap } from '../../heap/heap.js';
import { replay } from '../../replay.js';
import type { HeapState } from '../../state/heapState.js';
import { stateSnapshot } from '../../state/snapshot.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { eventLine, srcAfter } from './eventLine.js';
import { JsonlLogWriter } from './logWriter.js';
import { endLine, headerLine, makeHeader } from './lineFormat.js';
import { readJsonl, streamJsonl } from './wholeLog.js';
import { JsonlReader } from './reader.js';
import { writeJsonl } from './wholeLog.js';

/**
 * Round trips over random workloads (testing/randomWorkload.ts) plus hostile-looking strings:
 * written, read back, re-written byte-identical; the replayed state equals the live one.
 */

const weird = fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\x1b', '\x00', '\u2028', '\ud800', '😀', '\x9b', ' ') , maxLength: 12 });
const extraArb: fc.Arbitrary<Extra> = fc.record({ type: weird, slot: weird, text: weird, file: weird, line: fc.nat(10_000), err: fc.boolean() });

interface Extra {
  type: string;
  slot: string;
  text: string;
  file: string;
  line: number;
  err: boolean;
}

function workload(ops: Parameters<typeof runAll>[0], extra: Extra): Heap {
  const heap = runAll(ops);
  const root = heap.addRoot(`root ${extra.slot}`);
  heap.line(extra.file, extra.line);
  const id = heap.alloc({ type: `T${extra.type}`, size: 24, site: `${extra.file}:${extra.line}` });
  heap.take(id, root, extra.slot);
  heap.write(extra.err ? 'stderr' : 'stdout', extra.text);
  return heap;
}

const header = (source: string) => makeHeader([{ name: 'prog.py', source }, { name: 'lib/\x1b[2J.py', source: '' }]);

describe('JSON Lines round trip', () => {
  it('write, read, re-write is byte-identical; replay of the read log equals the live state; both writers agree', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 80 }), extraArb, weird, (ops, extra, source) => {
        const heap = workload(ops, extra);
        const text = [...writeJsonl(heap.log, header(source))].join('');
        // The columnar writer and the per-event writer give the same lines.
        let src = 0;
        const lines = [...heap.log.events()].map((e) => eventLine(e, (src = srcAfter(e, src))) + '\n').join('');
        expect(text).toBe(headerLine(header(source)) + '\n' + lines + endLine(heap.log.length) + '\n');
        // The byte writer (small chunks, so lines straddle flushes) gives the same bytes.
        const w = new JsonlLogWriter(heap.log, 200);
        const parts: Uint8Array[] = [];
        w.drainBytes((b) => parts.push(b.slice()));
        expect(Buffer.concat(parts).toString('latin1')).toBe(lines);
        // Pure printable ASCII: nothing in a log file can drive a terminal.
        expect(text).toMatch(/^[\x20-\x7e\n]*$/);
        const read = readJsonl(text);
        expect(read.truncated).toBe(false);
        expect(read.header).toEqual(header(source));
        expect(read.log.length).toBe(heap.log.length);
        expect([...writeJsonl(read.log, read.header)].join('')).toBe(text);
        expect(stateSnapshot(replay(read.log))).toEqual(stateSnapshot(heap.state as HeapState));
        // Streaming (no history kept) sees the same events and ends in the same state.
        const seen: string[] = [];
        const chunks = text.match(/[\s\S]{1,97}/g) ?? [];
        let src2 = 0;
        streamJsonl(chunks, (e) => seen.push(eventLine(e, (src2 = srcAfter(e, src2))) + '\n'));
        expect(seen.join('')).toBe(lines);
      }),
      { numRuns: 100 },
    );
  });

  it('the streaming reader ends in the state the live heap had', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 80 }), (ops) => {
        const heap = runAll(ops);
        const text = [...writeJsonl(heap.log, header(''))].join('');
        const reader = new JsonlReader();
        reader.push(text);
        reader.end();
        expect(stateSnapshot(reader.state)).toEqual(stateSnapshot(heap.state as HeapState));
      }),
      { numRuns: 50 },
    );
  });
});
