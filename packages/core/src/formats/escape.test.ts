import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl } from './escape.js';

describe('escapeControl', () => {
  it('writes control characters as visible escapes', () => {
    expect(escapeControl('ok\x1b[2Jgone')).toBe('ok\\x1b[2Jgone');
    expect(escapeControl('a\tb\nc\rd\x00\x7f\x9b')).toBe('a\\tb\\nc\\rd\\x00\\x7f\\x9b');
    expect(escapeControl('\u202eevil')).toBe('\\u202eevil');
    expect(escapeControl('x\ud800y')).toBe('x\\ud800y');
  });
  it('leaves printable text alone', () => {
    expect(escapeControl('héllo wörld 😀 <list>')).toBe('héllo wörld 😀 <list>');
  });
  it('never lets a control character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeControl(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});
