import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { exportChromeTrace } from './chromeTrace.js';
import { jsonText, terminalSafeJson } from './jsonText.js';

/** Anything a terminal would act on: C0, DEL, C1, bidi overrides and isolates. */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('JSON text safe for terminals', () => {
  it('property: any string round-trips through jsonText, and the literal holds no terminal control', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const lit = jsonText(s);
        expect(lit).not.toMatch(TERMINAL_CONTROL);
        expect(JSON.parse(lit)).toBe(s);
        expect(JSON.parse(terminalSafeJson(JSON.stringify({ s })))).toEqual({ s });
      }),
      { numRuns: 500 },
    );
  });

  it('a hostile type name reaches the trace escaped and decodes back intact', () => {
    const evil = 'T\x9b2J\u202eevil\x1b]0;x\x07';
    const heap = new Heap();
    const g = heap.addRoot('g');
    const x = heap.alloc({ type: evil, size: 8, holder: g, slot: 'x' });
    heap.drop(x, g, 'x');
    let text = '';
    exportChromeTrace(heap.log.events(), (c) => (text += c));
    expect(text.replace(/\n/g, '')).not.toMatch(TERMINAL_CONTROL); // the newlines are the trace's own
    const trace = JSON.parse(text) as { traceEvents: Array<{ name: string; args: { type?: string } }> };
    expect(trace.traceEvents.find((r) => r.name === `free ${evil}`)?.args.type).toBe(evil);
  });
});
