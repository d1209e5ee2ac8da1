/**
 * str.format / str.format_map: parsing of format strings into literal text and replacement
 * fields, ported from CPython 3.11's Objects/stringlib/unicode_format.h (MarkupIterator,
 * parse_field, field_name_split, FieldNameIterator, auto-numbering). Evaluating the fields is
 * the interpreter's job; the order in which CPython raises errors while rendering is kept by
 * returning errors as data at the point where CPython meets them.
 */
import { pyError, type PyError } from './errors.js';
import { decimalValue } from './unicode.js';

export interface FormatField {
  /** The field name as written: '', '0', 'name', 'a.b[0]'. Split it with splitFieldName when rendering. */
  fieldName: string;
  /** The conversion character after '!' ('r', 's', 'a', or anything: see checkConversion), or ''. */
  conversion: string;
  /** The format spec after ':', raw. */
  formatSpec: string;
  /** True when formatSpec contains '{': render it first with renderFormatString at depth - 1. */
  formatSpecNeedsExpanding: boolean;
}

export interface FormatChunk {
  /** Literal text to write first ('{{' and '}}' already unescaped). */
  literal: string;
  /** The replacement field that follows it, if any. */
  field?: FormatField;
}

export interface ParsedFormatString {
  chunks: FormatChunk[];
  /**
   * A syntax error CPython meets after rendering all of `chunks`: render them (their own errors
   * come first), then raise this.
   */
  error?: PyError;
}

/** The recursion depth str.format starts with; nested specs are expanded at depth - 1. */
export const FORMAT_RECURSION_DEPTH = 2;

/**
 * Parses a format string. depth is the recursion depth of build_string: 2 for the string given
 * to str.format, one less for each nested format spec; at 0 it raises "Max string recursion
 * exceeded".
 */
export function parseFormatString(s: string, depth = FORMAT_RECURSION_DEPTH): ParsedFormatString {
  if (depth <= 0) throw pyError('ValueError', 'Max string recursion exceeded');
  const chunks: FormatChunk[] = [];
  const end = s.length; // '{', '}', '[', ']', ':', '!' are all BMP: code units are fine here
  let pos = 0;
  while (pos < end) {
    const start = pos;
    let c = 0;
    let markupFollows = false;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123 || c === 125) {
        markupFollows = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === 125 && markupFollows && (atEnd || s.charCodeAt(pos) !== 125)) {
      return { chunks, error: pyError('ValueError', "Single '}' encountered in format string") };
    }
    if (atEnd && c === 123 && markupFollows) {
      return { chunks, error: pyError('ValueError', "Single '{' encountered in format string") };
    }
    if (!atEnd && markupFollows) {
      if (c === s.charCodeAt(pos)) {
        pos++;
        markupFollows = false;
      } else {
        len--;
      }
    }
    const literal = s.slice(start, start + len);
    if (!markupFollows) {
      chunks.push({ literal });
      continue;
    }
    // parse_field
    const fieldStart = pos;
    c = 0;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123) return { chunks, error: pyError('ValueError', "unexpected '{' in field name") };
      if (c === 91) {
        while (pos < end && s.charCodeAt(pos) !== 93) pos++;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const fieldName = s.slice(fieldStart, pos - 1);
    let conversion = '';
    if (c === 33 || c === 58) {
      if (c === 33) {
        if (pos >= end) {
          return { chunks, error: pyError('ValueError', 'end of string while looking for conversion specifier') };
        }
        const cp = s.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += cp > 0xffff ? 2 : 1;
        if (pos < end) {
          const c2 = s.charCodeAt(pos++);
          if (c2 === 125) {
            chunks.push({ literal, field: { fieldName, conversion, formatSpec: '', formatSpecNeedsExpanding: false } });
            continue;
          }
          if (c2 !== 58) return { chunks, error: pyError('ValueError', "expected ':' after conversion specifier") };
        }
      }
      const specStart = pos;
      let count = 1;
      let needsExpanding = false;
      let closed = false;
      while (pos < end) {
        const k = s.charCodeAt(pos++);
        if (k === 123) {
          needsExpanding = true;
          count++;
        } else if (k === 125) {
          count--;
          if (count === 0) {
            chunks.push({
              literal,
              field: { fieldName, conversion, formatSpec: s.slice(specStart, pos - 1), formatSpecNeedsExpanding: needsExpanding },
            });
            closed = true;
            break;
          }
        }
      }
      if (!closed) return { chunks, error: pyError('ValueError', "unmatched '{' in format spec") };
      continue;
    }
    if (c !== 125) return { chunks, error: pyError('ValueError', "expected '}' before end of string") };
    chunks.push({ literal, field: { fieldName, conversion: '', formatSpec: '', formatSpecNeedsExpanding: false } });
  }
  return { chunks };
}

/** The error for a conversion other than r, s, a (raised after the field's object is looked up). */
export function checkConversion(conversion: string): void {
  if (conversion === '' || conversion === 'r' || conversion === 's' || conversion === 'a') return;
  const cp = conversion.codePointAt(0)!;
  if (cp > 32 && cp < 127) throw pyError('ValueError', `Unknown conversion specifier ${conversion}`);
  throw pyError('ValueError', `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** Auto-numbering state shared by all the fields of one str.format call (nested specs included). */
export class AutoNumber {
  state: 'init' | 'auto' | 'manual' = 'init';
  next = 0;
}

export type FieldAccessor = { kind: 'attr'; name: string } | { kind: 'item'; key: string | number };

export interface FieldName {
  /** A positional index (explicit or auto-numbered), or a keyword name. */
  first: number | string;
  /** The .attr and [key] lookups that follow, in order ([0] gives a number key). */
  rest: FieldAccessor[];
  /** An error in the accessors: CPython raises it after doing the lookups in `rest`. */
  restError?: PyError;
}

/** get_integer: the value of a string of Unicode decimal digits, or -1. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > 9223372036854775807n) throw pyError('ValueError', 'Too many decimal digits in format string');
  }
  return Number(acc);
}

/**
 * field_name_split + FieldNameIterator, at render time (auto-numbering advances here). Throws
 * the errors CPython raises before looking anything up; returns the later one as restError.
 */
export function splitFieldName(fieldName: string, auto: AutoNumber): FieldName {
  let i = 0;
  const end = fieldName.length;
  while (i < end) {
    const c = fieldName.charCodeAt(i);
    if (c === 91 || c === 46) break;
    i++;
  }
  const firstText = fieldName.slice(0, i);
  let index = getInteger(firstText);
  const empty = firstText.length === 0;
  const numeric = empty || index !== -1;
  if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
  if (numeric) {
    if (auto.state === 'manual') {
      if (empty) throw pyError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    } else if (!empty) {
      throw pyError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
  }
  if (empty) index = auto.next++;
  const result: FieldName = { first: index === -1 ? firstText : index, rest: [] };
  // FieldNameIterator_next
  let pos = i;
  while (pos < end) {
    const c = fieldName.charCodeAt(pos++);
    let name: string;
    if (c === 46) {
      const s = pos;
      while (pos < end) {
        const k = fieldName.charCodeAt(pos);
        if (k === 91 || k === 46) break;
        pos++;
      }
      name = fieldName.slice(s, pos);
      if (name === '') {
        result.restError = pyError('ValueError', 'Empty attribute in format string');
        return result;
      }
      result.rest.push({ kind: 'attr', name });
    } else if (c === 91) {
      const s = pos;
      let seen = false;
      while (pos < end) {
        if (fieldName.charCodeAt(pos++) === 93) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        result.restError = pyError('ValueError', "Missing ']' in format string");
        return result;
      }
      name = fieldName.slice(s, pos - 1);
      let key: number;
      try {
        key = getInteger(name);
      } catch (e) {
        result.restError = e as PyError;
        return result;
      }
      if (name === '') {
        result.restError = pyError('ValueError', 'Empty attribute in format string');
        return result;
      }
      result.rest.push({ kind: 'item', key: key === -1 ? name : key });
    } else {
      result.restError = pyError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      return result;
    }
  }
  return result;
}

/**
 * A reference renderer, for tests and simple callers: renders a parsed format string with a
 * lookup for the first part of each field name and callbacks for the rest. The interpreter can
 * follow the same steps with its own objects.
 */
export function renderFormatString<V>(
  s: string,
  ops: {
    /** args[index] or kwargs[name]; throws the interpreter's IndexError / KeyError. */
    lookup(first: number | string): V;
    getattr(v: V, name: string): V;
    getitem(v: V, key: string | number): V;
    convert(v: V, conversion: string): V;
    format(v: V, spec: string): string;
  },
  depth = FORMAT_RECURSION_DEPTH,
  auto: AutoNumber = new AutoNumber(),
): string {
  const parsed = parseFormatString(s, depth);
  let out = '';
  for (const chunk of parsed.chunks) {
    out += chunk.literal;
    const field = chunk.field;
    if (field === undefined) continue;
    const name = splitFieldName(field.fieldName, auto);
    let v = ops.lookup(name.first);
    for (const a of name.rest) v = a.kind === 'attr' ? ops.getattr(v, a.name) : ops.getitem(v, a.key);
    if (name.restError) throw name.restError;
    if (field.conversion !== '') {
      checkConversion(field.conversion);
      v = ops.convert(v, field.conversion);
    }
    const spec = field.formatSpecNeedsExpanding ? renderFormatString(field.formatSpec, ops, depth - 1, auto) : field.formatSpec;
    out += ops.format(v, spec);
  }
  if (parsed.error) throw parsed.error;
  return out;
}
