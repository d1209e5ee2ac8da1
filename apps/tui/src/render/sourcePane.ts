import type { RenderContext, Size } from './frame.js';
import { baseName, bold, cell, color, inverse } from './markup.js';

/**
 * The source file with the current line highlighted (kept in view unless the pane was
 * scrolled), and below it the program's output so far (its last lines).
 */
export function sourceLines(ctx: RenderContext, size: Size): { title: string; lines: string[] } {
  const { session, ui, style } = ctx;
  const s = session.timeline?.state;
  const file = s ? session.log.strings.get(s.file) : '';
  const current = s ? s.line : 0;
  const outputH = Math.max(2, Math.floor(size.height * 0.4));
  const sourceH = size.height - outputH;
  const lines: string[] = [];
  const src = file ? session.source(file) : undefined;
  const fallback = session.sourceFiles()[0];
  const shown = src ?? (file ? undefined : fallback?.lines);
  const w = size.width;
  if (!shown) {
    lines.push(cell(file ? `(the log does not carry the source of ${file})` : '(no source line reached yet)', w));
  } else {
    const numW = String(shown.length).length;
    const follow = ui.scroll.source < 0;
    const top = follow ? Math.max(0, Math.min(current - 1 - Math.floor(sourceH / 2), shown.length - sourceH)) : Math.min(ui.scroll.source, Math.max(0, shown.length - 1));
    for (let k = top; k < Math.min(shown.length, top + sourceH); k++) {
      const num = String(k + 1).padStart(numW);
      const body = cell(`${num} ${shown[k]!}`, w);
      lines.push(src && k + 1 === current ? inverse(body) : color(style, 'white', body));
    }
  }
  while (lines.length < sourceH) lines.push('');
  const out = s ? session.output(s, outputH - 1) : [];
  lines.push(bold(cell(`── output (${out.length === 0 ? 'none yet' : 'last lines'}) `, w).replace(/ +$/, '')));
  for (const o of out) lines.push(o.stream === 'stderr' ? color(style, 'red', cell(o.text, w)) : cell(o.text, w));
  const name = file || fallback?.name || '';
  return { title: `Source${name ? `: ${baseName(name)}` : ''}${current ? `:${current}` : ''}`, lines: lines.slice(0, size.height) };
}
