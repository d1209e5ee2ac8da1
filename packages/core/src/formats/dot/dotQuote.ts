import { escapeControl } from '../escape.js';

/** Longest piece of log text put in a label; longer ones are cut with an ellipsis. */
export const MAX_LABEL_TEXT = 48;

/**
 * One line of log text (a type name, a slot label, a root name) as the inside of a DOT quoted
 * string: control characters made visible first (escapeControl), then cut to
 * {@link MAX_LABEL_TEXT}, then every backslash doubled (Graphviz reads `\n`, `\l`, `\N`, `\G`...
 * in labels as escapes) and every double quote escaped. Angle brackets and ampersands need
 * nothing: the labels are quoted strings, never HTML-like labels, and Graphviz escapes them
 * itself when it writes SVG.
 *
 * @example
 * dotText('say "hi"\\n'); // 'say \\"hi\\"\\\\n'
 */
export function dotText(text: string): string {
  let t = escapeControl(text);
  if (t.length > MAX_LABEL_TEXT) {
    const points = [...t]; // by code point, so a cut never splits a surrogate pair
    if (points.length > MAX_LABEL_TEXT) t = `${points.slice(0, MAX_LABEL_TEXT - 1).join('')}…`;
  }
  return t.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** Lines of text as one quoted DOT label, each line escaped with {@link dotText}. */
export function dotLabel(...lines: string[]): string {
  return `"${lines.map(dotText).join('\\n')}"`;
}
