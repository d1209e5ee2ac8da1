/**
 * A fast path for the commonest canonical lines (`ref.take`, `ref.drop`, `heap.alloc`,
 * `heap.free`: most of any log), matched by one regular expression each instead of
 * `JSON.parse` plus field checks: about twice as fast (see docs/benchmarks.md). It only
 * recognises lines the checked path (`fields.ts`) accepts, and reads them the same way (a
 * property test holds it to that); anything else, including every faulty line, returns
 * `undefined` and goes the checked way, which also words the error.
 */
import type { HeapEvent } from '../../events/kinds.js';
import { INT32_MAX } from './fieldSpecs.js';

const NAT = '(0|[1-9]\\d{0,9})';
const ID = '([1-9]\\d{0,9})';
const HOLDER = '(-?[1-9]\\d{0,9})';
/** A string literal with nothing to unescape (JSON.parse would return the same characters). */
const STR = '"([^"\\\\\\x00-\\x1f]*)"';
const BOOL = '(true|false)';
/** The `"src"` every line ends with (ignored by readers: it follows from `program.line` events). */
const SRC = '(?:,"src":(?:0|[1-9]\\d{0,9}))?';

const REF = new RegExp(`^\\{"seq":${NAT},"kind":"ref\\.(take|drop)","target":${ID},"holder":${HOLDER},"slot":(?:${NAT}|${STR})${SRC}\\}$`);
const FREE = new RegExp(`^\\{"seq":${NAT},"kind":"heap\\.free","id":${ID},"counted":${BOOL}${SRC}\\}$`);
const FLAGS = ['gc', 'tracked', 'sequence', 'finalizer', 'legacyDel', 'clearable', 'trashcan', 'counted'].map((f) => `,"${f}":${BOOL}`).join('');
const ALLOC = new RegExp(
  `^\\{"seq":${NAT},"kind":"heap\\.alloc","id":${ID},"type":${STR},"size":${NAT},"site":${STR}${FLAGS},"untrack":(null|"tuple"|"dict"),"weakref":${BOOL}${SRC}\\}$`,
);

/**
 * An int32 from a matched decimal (an optional minus and at most 10 digits, so the sum is
 * exact), or NaN when out of range. A digit loop: `Number(digits)` is slower on short strings.
 */
function int32(digits: string): number {
  const neg = digits.charCodeAt(0) === 45;
  let v = 0;
  for (let i = neg ? 1 : 0; i < digits.length; i++) v = v * 10 + digits.charCodeAt(i) - 48;
  if (neg) v = -v;
  return v > INT32_MAX || v < -INT32_MAX - 1 ? NaN : v;
}

const KIND_AT = ',"kind":"'.length;

/** The event of canonical line `s` when it is one of the fast kinds, valid, with seq `seq`. */
export function parseFast(s: string, seq: number): HeapEvent | undefined {
  const k = s.indexOf(',"kind":"');
  if (k < 0) return undefined;
  const c = s.charCodeAt(k + KIND_AT);
  if (c === 114 /* r */) {
    const m = REF.exec(s);
    if (!m || int32(m[1]!) !== seq) return undefined;
    const target = int32(m[3]!);
    const holder = int32(m[4]!);
    const slot = m[5] !== undefined ? int32(m[5]) : m[6]!;
    if (Number.isNaN(target) || Number.isNaN(holder) || Number.isNaN(slot)) return undefined;
    return { kind: m[2] === 'take' ? 'ref.take' : 'ref.drop', seq, target, holder, slot };
  }
  if (c !== 104 /* h */) return undefined;
  const c2 = s.charCodeAt(k + KIND_AT + 5);
  if (c2 === 102 /* heap.free */) {
    const m = FREE.exec(s);
    if (!m || int32(m[1]!) !== seq) return undefined;
    const id = int32(m[2]!);
    return Number.isNaN(id) ? undefined : { kind: 'heap.free', seq, id, counted: m[3] === 'true' };
  }
  if (c2 !== 97 /* heap.alloc */) return undefined;
  const m = ALLOC.exec(s);
  if (!m || int32(m[1]!) !== seq) return undefined;
  const id = int32(m[2]!);
  const size = int32(m[4]!);
  if (Number.isNaN(id) || Number.isNaN(size)) return undefined;
  const untrack = m[14] === 'null' ? null : m[14] === '"tuple"' ? 'tuple' : 'dict';
  return {
    kind: 'heap.alloc', seq, id, type: m[3]!, size, site: m[5]!,
    gc: m[6] === 'true', tracked: m[7] === 'true', sequence: m[8] === 'true', finalizer: m[9] === 'true',
    legacyDel: m[10] === 'true', clearable: m[11] === 'true', trashcan: m[12] === 'true', counted: m[13] === 'true',
    untrack, weakref: m[15] === 'true',
  };
}
