import { Overview } from '../model/overview.js';
import type { RenderContext } from './frame.js';
import { bytes, color, inverse, spark } from './markup.js';

const GEN_COLORS = ['green', 'yellow', 'red'] as const;

/**
 * The whole history compressed to the pane's width: live bytes (top) and allocation density
 * (middle) as sparklines, collections marked by the generation they collected (bottom), and
 * the cursor's column in inverse video on every line (and ▲ on the bottom one).
 */
export function timelineLines(ctx: RenderContext, width: number): string[] {
  const { session, ui, style } = ctx;
  const cols = session.overview.columns(width);
  const at = Overview.columnOf(ui.cursor, session.total, width);
  const live = [...spark(cols.map((c) => c.liveBytes), Math.max(...cols.map((c) => c.liveBytes)))];
  const allocs = [...spark(cols.map((c) => c.allocs), Math.max(...cols.map((c) => c.allocs)))];
  // The cursor's column shows ▲ on the bottom line (unless a collection is marked there).
  const marks = cols.map((c, k) => (c.collection >= 0 ? String(c.collection) : k === at ? '▲' : c.to > c.from ? '·' : ' '));
  const line = (chars: string[], paint: (ch: string, k: number) => string) =>
    chars.map((ch, k) => (k === at ? inverse(ch === ' ' ? '│' : ch) : paint(ch, k))).join('');
  return [
    line(live, (ch) => color(style, 'cyan', ch)),
    line(allocs, (ch) => color(style, 'magenta', ch)),
    line(marks, (ch, k) => (cols[k]!.collection >= 0 ? color(style, GEN_COLORS[cols[k]!.collection] ?? 'red', ch) : ch)),
  ];
}

/** The timeline pane's title: what the three lines are, and the peak live bytes. */
export function timelineTitle(ctx: RenderContext, width: number): string {
  const peak = Math.max(0, ...ctx.session.overview.columns(width).map((c) => c.liveBytes));
  return `Timeline: live bytes (peak ${bytes(peak)}) · allocations · collections by generation`;
}
