/**
 * Strings that come from a log (type names, source text, program output, file names) are
 * untrusted: a hostile log could carry terminal escape sequences that move the cursor, rewrite
 * the title or hide text. Everything heapline shows on a terminal goes through here first.
 */

/**
 * `text` with every control character written as a visible escape: C0 controls (`\x00`-`\x1f`,
 * tab and newline included), DEL, C1 controls (`\x80`-`\x9f`, e.g. the 8-bit CSI `\x9b`),
 * Unicode bidirectional overrides and isolates (which reorder what is displayed), and lone
 * surrogates. Tab and newline become `\t` and `\n`; the rest `\xNN` or `\uNNNN`, as Python's
 * `repr` writes them. Printable text, including non-ASCII letters and emoji, is unchanged.
 *
 * Callers that lay out multi-line text (program output, source) split it into lines first and
 * escape each line.
 *
 * @example
 * escapeControl('ok\x1b[2Jgone'); // 'ok\\x1b[2Jgone'
 */
export function escapeControl(text: string): string {
  // Fast path: most strings have nothing to escape.
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (ch) => {
    if (ch === '\t') return '\\t';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const PATTERN = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const UNSAFE = new RegExp(PATTERN);
const UNSAFE_ALL = new RegExp(PATTERN, 'g');
