import { escapeControl } from '@heapline/core';

/**
 * Text for blessed's tag markup. Every string that came from a log goes through {@link cell}
 * or {@link text}: control characters escaped by `escapeControl` (so nothing from a log can
 * drive the terminal) and braces escaped (so nothing from a log can inject a blessed tag).
 */

/** Whether colours are on (off under NO_COLOR); bold and inverse are not colours and stay. */
export interface Style {
  readonly color: boolean;
}

/** Braces written so blessed shows them instead of parsing a tag. */
export function braces(s: string): string {
  return s.replace(/[{}]/g, (c) => (c === '{' ? '{open}' : '{close}'));
}

/** `s` cut or padded to `width` columns (cut text ends with '…'). */
export function fit(s: string, width: number, pad = true): string {
  const chars = [...s];
  if (width <= 0) return '';
  if (chars.length > width) return chars.slice(0, width - 1).join('') + '…';
  return pad ? s + ' '.repeat(width - chars.length) : s;
}

/** Untrusted text made safe and fitted to `width` columns. */
export function cell(raw: string, width: number, pad = true): string {
  return braces(fit(escapeControl(raw), width, pad));
}

/** Untrusted text made safe, not fitted. */
export function text(raw: string): string {
  return braces(escapeControl(raw));
}

/** Wraps safe markup in a colour tag when colours are on. */
export function color(style: Style, name: string, markup: string): string {
  return style.color ? `{${name}-fg}${markup}{/${name}-fg}` : markup;
}

/** Bold (kept under NO_COLOR). */
export function bold(markup: string): string {
  return `{bold}${markup}{/bold}`;
}

/** Inverse video (kept under NO_COLOR: the cursor and the selection must stay visible). */
export function inverse(markup: string): string {
  return `{inverse}${markup}{/inverse}`;
}

const BARS = ' ▁▂▃▄▅▆▇█';

/** A sparkline of `values` scaled to `max` (0 is a blank, anything above 0 at least ▁). */
export function spark(values: readonly number[], max: number): string {
  return values
    .map((v) => (v <= 0 || max <= 0 ? ' ' : BARS[Math.max(1, Math.min(8, Math.ceil((v / max) * 8)))]!))
    .join('');
}

/** A byte count: `512 B`, `12.3 KiB`, `4.0 MiB`. */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The last path component of a file name. */
export function baseName(file: string): string {
  const k = file.lastIndexOf('/');
  return k < 0 ? file : file.slice(k + 1);
}
