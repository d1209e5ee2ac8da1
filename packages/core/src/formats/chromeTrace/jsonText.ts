/**
 * JSON text that is safe to show on a terminal. `JSON.stringify` escapes C0 controls, quotes,
 * backslashes and lone surrogates, but writes DEL, the C1 controls (`\x9b` is an 8-bit CSI) and
 * the Unicode bidirectional overrides as they are, so a hostile type name in a log could still
 * drive a terminal that `cat`s an export. Writing those as `\uXXXX` escapes changes no value:
 * any JSON reader decodes the same string.
 */

const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JSON string literal for `s` with every terminal control character escaped.
 *
 * @example
 * jsonText('a\x9b2Jb'); // '"a\\u009b2Jb"'
 */
export function jsonText(s: string): string {
  return JSON.stringify(s).replace(UNSAFE, escape);
}

/**
 * JSON (or JSON Lines) text with the raw terminal controls left in its strings escaped: the
 * same values, safe to write to a terminal. Only strings can hold such characters (the JSON
 * structure itself is ASCII), so the replacement is always inside a string literal.
 */
export function terminalSafeJson(text: string): string {
  return text.replace(UNSAFE, escape);
}
