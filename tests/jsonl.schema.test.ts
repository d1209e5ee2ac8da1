import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { makeHeader, writeJsonl } from '../packages/core/src/index.js';
import { describe, expect, it } from 'vitest';
import { opArb, runAll } from '../packages/core/src/testing/randomWorkload.js';

/** docs/event-log.schema.json is the contract: every line the writer produces satisfies it. */
const schema = JSON.parse(readFileSync(new URL('../docs/event-log.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('event-log JSON Schema', () => {
  it('accepts every line the writer produces, header and end line included', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 60 }), (ops) => {
        const heap = runAll(ops);
        heap.line('x.py', 3);
        heap.write('stderr', 'oops\n');
        const lines = [...writeJsonl(heap.log, makeHeader([{ name: 'x.py', source: 'pass\n' }]))].join('').split('\n').slice(0, -1);
        for (const line of lines) expect(validate(JSON.parse(line)), `${line}\n${JSON.stringify(validate.errors)}`).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('rejects a line with a mistyped field, an unknown kind or an extra key', () => {
    expect(validate({ seq: 0, kind: 'heap.free', id: '1', counted: true })).toBe(false);
    expect(validate({ seq: 0, kind: 'heap.steal', id: 1 })).toBe(false);
    expect(validate({ seq: 0, kind: 'heap.free', id: 1, counted: true, extra: 1 })).toBe(false);
    expect(validate({ seq: 0, kind: 'heap.free', id: 1, counted: true })).toBe(true);
  });
});
