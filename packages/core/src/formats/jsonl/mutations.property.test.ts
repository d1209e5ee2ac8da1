import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../events/kinds.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { makeHeader } from './lineFormat.js';
import { LogError } from './logError.js';
import { readJsonl } from './wholeLog.js';
import { writeJsonl } from './wholeLog.js';

/**
 * Hostile edits of valid logs: whatever fast-check does to the lines or bytes, reading gives
 * either a valid log or one LogError (a HeapError with a code and a line), never another
 * exception: no TypeError, RangeError or broken engine invariant leaks out.
 */

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'field'; at: number; key: number; value: unknown }
  | { op: 'truncate'; at: number };

const jsonValue = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.constantFrom(0, -1, 2 ** 31, 1.5, null, true, false, '', 'x', '__class__', 'tuple', 'stderr', 'heap.free', [], [1, 2], {}),
);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('field' as const), at: fc.nat(), key: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n').slice(0, -1);
  if (lines.length === 0) return text;
  const k = m.at % lines.length;
  switch (m.op) {
    case 'delete':
      lines.splice(k, 1);
      break;
    case 'duplicate':
      lines.splice(k, 0, lines[k]!);
      break;
    case 'swap': {
      const j = m.with % lines.length;
      [lines[k], lines[j]] = [lines[j]!, lines[k]!];
      break;
    }
    case 'field': {
      if (!/^\{.*\}$/.test(lines[k]!)) return text; // an earlier truncation cut this line
      const o = JSON.parse(lines[k]!) as Record<string, unknown>;
      const keys = Object.keys(o);
      o[keys[m.key % keys.length]!] = m.value;
      lines[k] = JSON.stringify(o);
      break;
    }
    case 'truncate':
      return text.slice(0, m.at % text.length);
  }
  return lines.join('\n') + '\n';
}

/** A well-formed event line of any kind with small random operands: valid JSON, maybe nonsense. */
const small = fc.integer({ min: -4, max: 40 });
const randomEventArb = fc.record({
  kind: fc.constantFrom(...KIND_NAMES.slice(1)),
  id: small, target: small, holder: small, weakref: small, referent: small, root: small, position: small,
  size: small, oldSize: small, generation: small, from: small, to: small, count: small, collected: small, uncollectable: small,
  value: small, line: small, slot: fc.oneof(small, fc.constantFrom('s0', 's1', '__class__', 'v1')),
  ids: fc.array(small, { maxLength: 4 }),
  flag: fc.boolean(), untrack: fc.constantFrom(null, 'tuple', 'dict'),
  setting: fc.constantFrom('threshold0', 'enabled', 'debug', 'freeze', 'unfreeze'),
});

describe('mutated logs', () => {
  it('random well-formed events after a valid history: accepted, or one LogError', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 40 }), fc.array(randomEventArb, { minLength: 1, maxLength: 6 }), (ops, extra) => {
        const heap = runAll(ops);
        const lines = [...writeJsonl(heap.log, makeHeader([]))].join('').split('\n').slice(0, -2);
        let seq = heap.log.length;
        for (const r of extra) {
          const b = r.flag;
          lines.push(JSON.stringify({
            ...r, seq: seq++, type: 'T', site: '', gc: b, tracked: b, sequence: !b, finalizer: b, legacyDel: false, clearable: b,
            trashcan: b, counted: b, weakref: !b, byCollector: b, automatic: b, name: 'r', file: 'f', stream: 'stdout', text: 't',
          }));
        }
        lines.push(`{"end":"heapline-events","events":${seq}}`);
        try {
          readJsonl(lines.join('\n') + '\n');
        } catch (error) {
          if (!(error instanceof LogError)) throw error;
          expect(error.line).toBeGreaterThan(heap.log.length + 1);
        }
      }),
      { numRuns: 1500 },
    );
  });


  it('read as a valid log or fail with one LogError, never another exception', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 60 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (ops, muts, allowTruncated) => {
        const heap = runAll(ops);
        let text = [...writeJsonl(heap.log, makeHeader([{ name: 'm.py', source: 'pass\n' }]))].join('');
        for (const m of muts) text = mutate(text, m);
        try {
          const r = readJsonl(text, { allowTruncated });
          expect(r.log.length).toBeLessThanOrEqual(heap.log.length + 3);
        } catch (error) {
          if (!(error instanceof LogError)) throw error;
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.code).toMatch(/^HL_[A-Z_]+$/);
          expect(error.message).toMatch(/^line \d+: /);
        }
      }),
      { numRuns: 400 },
    );
  });
});
