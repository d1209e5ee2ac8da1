/**
 * Values of numeric literals. Ints keep their exact value as a bigint (Python ints are
 * arbitrary-precision) along with the text as written.
 */
import type { Expression } from './ast.js';
import { span } from './parser.js';
import type { NumberToken } from './tokens.js';

export function parseNumber(t: NumberToken): Expression {
  const text = t.text;
  const digits = text.replace(/_/g, '');
  const where = span(t, t);
  if (t.numberKind === 'int') return { kind: 'Int', value: intValue(digits), text, ...where };
  if (t.numberKind === 'float') return { kind: 'Float', value: Number(digits), text, ...where };
  return { kind: 'Imaginary', value: Number(digits.slice(0, -1)), text, ...where };
}

function intValue(digits: string): bigint {
  const prefix = digits.slice(0, 2).toLowerCase();
  if (prefix === '0x' || prefix === '0o' || prefix === '0b') return BigInt(`0${prefix[1]}${digits.slice(2)}`);
  // Decimal; leading zeros ("00") are only allowed for zero, and BigInt accepts them.
  return BigInt(digits);
}
