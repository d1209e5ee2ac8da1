/**
 * The checked path for one event line: any JSON that parses, validated field by field against
 * {@link FIELD_SPECS}, every error naming the line and the field. Builds a fresh event with only
 * the known fields, so extra keys, `__proto__` and `constructor` included, change nothing.
 */
import { ErrorCode } from '../../errors.js';
import type { HeapEvent, KindName } from '../../events/kinds.js';
import { FIELD_SPECS, intInRange, SETTINGS, type FieldType } from './fieldSpecs.js';
import { bad, describe } from './logError.js';

const WANT: Record<FieldType, string> = {
  id: 'a positive integer',
  holder: 'an object id (> 0) or a root id (< 0)',
  root: 'a root id (< 0)',
  nat: 'an integer >= 0',
  int: 'a 32-bit integer',
  gen: 'a generation (0, 1 or 2)',
  bool: 'true or false',
  str: 'a string',
  slot: 'a label (string) or a position (integer >= 0)',
  ids: 'an array of object ids',
  untrack: "null, 'tuple' or 'dict'",
  setting: SETTINGS.map((s) => `'${s}'`).join(', '),
  stream: "'stdout' or 'stderr'",
};

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Whether `v` is a valid value of `type`. */
export function validValue(type: FieldType, v: unknown): boolean {
  switch (type) {
    case 'bool':
      return typeof v === 'boolean';
    case 'str':
      return typeof v === 'string';
    case 'slot':
      return typeof v === 'string' || (isInt(v) && intInRange('nat', v));
    case 'ids':
      return Array.isArray(v) && v.every((x) => isInt(x) && intInRange('id', x));
    case 'untrack':
      return v === null || v === 'tuple' || v === 'dict';
    case 'setting':
      return typeof v === 'string' && SETTINGS.includes(v);
    case 'stream':
      return v === 'stdout' || v === 'stderr';
    default:
      return isInt(v) && intInRange(type, v);
  }
}

/** Whether `name` is an event kind. */
export function isKindName(name: string): name is KindName {
  return FIELD_SPECS.has(name as KindName);
}

const shown = (v: unknown): string => (v === undefined ? 'it is missing' : `found ${describe(v)}`);

/**
 * The event a parsed line describes, checked field by field; `seq` must be `expectedSeq`.
 * Throws a {@link LogError} naming the line and the field.
 */
export function eventFromJson(o: unknown, line: number, expectedSeq: number): HeapEvent {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    bad(ErrorCode.LogBadField, line, `an event line must be a JSON object, found ${describe(o)}`);
  }
  const obj = o as Record<string, unknown>;
  const kind = obj['kind'];
  if (typeof kind !== 'string') bad(ErrorCode.LogBadField, line, `field 'kind' must be a string; ${shown(kind)}`);
  const spec = FIELD_SPECS.get(kind as KindName);
  if (!spec) bad(ErrorCode.LogUnknownKind, line, `unknown event kind ${describe(kind)}`);
  const seq = obj['seq'];
  if (!validValue('nat', seq)) bad(ErrorCode.LogBadField, line, `${kind} field 'seq' must be ${WANT.nat}; ${shown(seq)}`);
  if (seq !== expectedSeq) bad(ErrorCode.LogSeqOrder, line, `seq ${String(seq)} out of order: expected ${expectedSeq}`);
  const e: Record<string, unknown> = { kind, seq };
  for (const [name, type] of spec) {
    const v = obj[name];
    if (!validValue(type, v)) bad(ErrorCode.LogBadField, line, `${kind} field '${name}' must be ${WANT[type]}; ${shown(v)}`);
    e[name] = type === 'ids' ? [...(v as number[])] : v;
  }
  return e as unknown as HeapEvent;
}
