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
export function dotText(text: string, max: number = MAX_LABEL_TEXT): string {
  let t = escapeControl(text);
  if (t.length > max) {
    const points = [...t]; // by code point, so a cut never splits a surrogate pair
    if (points.length > max) t = `${points.slice(0, max - 1).join('')}…`;
  }
  return t.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** Lines of log text as one quoted DOT label, each line escaped and cut with {@link dotText}. */
export function dotLabel(...lines: string[]): string {
  return `"${lines.map((l) => dotText(l)).join('\\n')}"`;
}

/** Lines of heapline's own text (which may quote log text) as one label: escaped, never cut. */
export function dotCaption(...lines: string[]): string {
  return `"${lines.map((l) => dotText(l, Infinity)).join('\\n')}"`;
}
