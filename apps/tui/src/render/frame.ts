import type { PaneId } from '../state/uiState.js';
import type { RenderContext } from './context.js';
import { gcLines } from './gcPane.js';
import { heapLines } from './heapPane.js';
import { helpLines } from './helpScreen.js';
import { inspectorLines } from './inspectorPane.js';
import { fits, layout, MIN_HEIGHT, MIN_WIDTH, type Layout } from './layout.js';
import { messageLine, statusLine } from './statusLine.js';
import { sourceLines } from './sourcePane.js';
import { timelineLines, timelineTitle } from './timelinePane.js';

/** A pane's title and content lines (blessed markup, every log string already made safe). */
export interface PaneContent {
  readonly title: string;
  readonly lines: readonly string[];
}

/** Everything on screen for one state, computed without a screen. */
export type Frame =
  | { readonly kind: 'tooSmall'; readonly text: string }
  | { readonly kind: 'help'; readonly lines: readonly string[] }
  | {
      readonly kind: 'panes';
      readonly layout: Layout;
      readonly focus: PaneId;
      readonly panes: Readonly<Record<'timeline' | PaneId, PaneContent>>;
      readonly status: string;
      readonly message: string;
    };

/** Inner size of a bordered rectangle. */
const inner = (r: { width: number; height: number }) => ({ width: Math.max(0, r.width - 2), height: Math.max(0, r.height - 2) });

/**
 * The frame for a `width` × `height` screen. `building`: the timeline is still being built
 * (the first frame of a large log), so only what the cheap indexes know is drawn.
 */
export function buildFrame(ctx: RenderContext, width: number, height: number, building: boolean): Frame {
  if (!fits(width, height)) {
    return { kind: 'tooSmall', text: `terminal too small: ${width}x${height}, heapline tui needs at least ${MIN_WIDTH}x${MIN_HEIGHT}; enlarge it or press q to quit` };
  }
  if (ctx.ui.help) return { kind: 'help', lines: helpLines(width - 2, height - 2) };
  const l = layout(width, height);
  const tw = inner(l.timeline).width;
  return {
    kind: 'panes',
    layout: l,
    focus: ctx.ui.focus,
    panes: {
      timeline: { title: timelineTitle(ctx, tw), lines: timelineLines(ctx, tw) },
      source: sourceLines(ctx, inner(l.source)),
      heap: heapLines(ctx, inner(l.heap)),
      inspector: inspectorLines(ctx, inner(l.inspector)),
      gc: gcLines(ctx, inner(l.gc)),
    },
    status: statusLine(ctx, width, building),
    message: messageLine(ctx, width, building),
  };
}
