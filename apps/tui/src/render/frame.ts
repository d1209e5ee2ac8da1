/**
 * A frame: everything on screen for one state, as blessed markup, computed without a screen:
 * the panes (each in its own file), the status and message lines, the help and too-small
 * screens. The views layer only draws it.
 */
import type { PathEdge } from '@heapline/core';
import { KEYMAP, type Binding } from '../keymap/keymap.js';
import type { Session } from '../model/session.js';
import { SPEEDS, type PaneId, type UiState } from '../state/uiState.js';
import { gcLines } from './gcPane.js';
import { heapLines } from './heapPane.js';
import { inspectorLines } from './inspectorPane.js';
import { fits, layout, MIN_HEIGHT, MIN_WIDTH, type Layout } from './layout.js';
import { bold, braces, cell, color, fit, type Style } from './markup.js';
import { sourceLines } from './sourcePane.js';
import { timelineLines, timelineTitle } from './timelinePane.js';

/** Answers that walk the heap, computed after a frame is drawn (null: not computed yet). */
export interface Deferred {
  /** Objects alive but unreachable at the cursor (garbage waiting for the collector). */
  readonly pending: ReadonlySet<number> | null;
  /** A retaining path of the inspected object at the cursor. */
  readonly path: readonly PathEdge[] | null;
}

/** What every pane renderer reads. The session's timeline (if built) stands at `ui.cursor`. */
export interface RenderContext {
  readonly session: Session;
  readonly ui: UiState;
  readonly style: Style;
  readonly deferred: Deferred;
}

/** Inner size of a bordered pane. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A pane's title and content lines (blessed markup, every log string already made safe). */
export interface PaneContent {
  /** Made safe and fitted to the pane's border, with a space either side. */
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
  // Titles from the panes are raw text: made safe here and fitted inside the border (a label
  // wider than its box would wrap into the content), the focused pane's marked with ▶.
  const titled = (name: 'timeline' | PaneId, raw: { title: string; lines: readonly string[] }): PaneContent => {
    const mark = name === ctx.ui.focus ? '▶ ' : '';
    return { title: ` ${mark}${cell(raw.title, Math.max(1, l[name].width - 6 - mark.length), false)} `, lines: raw.lines };
  };
  return {
    kind: 'panes',
    layout: l,
    focus: ctx.ui.focus,
    panes: {
      timeline: titled('timeline', { title: timelineTitle(ctx, tw), lines: timelineLines(ctx, tw) }),
      source: titled('source', sourceLines(ctx, inner(l.source))),
      heap: titled('heap', heapLines(ctx, inner(l.heap))),
      inspector: titled('inspector', inspectorLines(ctx, inner(l.inspector))),
      gc: titled('gc', gcLines(ctx, inner(l.gc))),
    },
    status: statusLine(ctx, width, building),
    message: messageLine(ctx, width, building),
  };
}

/**
 * The status line: always `event <i>/<total>` (i counted from 0, total the number of events)
 * and the current event in words.
 */
export function statusLine(ctx: RenderContext, width: number, building: boolean): string {
  const { session, ui } = ctx;
  const head = `event ${ui.cursor}/${session.total}`;
  const words = session.total === 0 ? '' : session.describe(ui.cursor, building ? undefined : session.timeline?.state);
  return bold(braces(head)) + '  ' + cell(words, Math.max(0, width - head.length - 2));
}

/** The line under it: the prompt being typed, a message, or a reminder of the main keys. */
export function messageLine(ctx: RenderContext, width: number, building: boolean): string {
  const { ui, style } = ctx;
  if (ui.prompt) {
    const label = ui.prompt.kind === 'goto' ? 'go to event: ' : 'find object (id or type): ';
    return bold(label) + cell(ui.prompt.text + '█', width - label.length);
  }
  const play = ui.playing ? `▶ ${SPEEDS[ui.speed]} lines/s  ` : '';
  if (building) return color(style, 'yellow', braces(fit(`${play}building the history index (${ctx.session.total.toLocaleString('en-US')} events)…`, width)));
  if (ui.message) return color(style, 'yellow', play + cell(ui.message, width - [...play].length));
  return braces(fit(`${play}? help  q quit  →/← event  n/N line  ]/[ collection  Tab pane  Enter inspect  w/W watch`, width));
}

/**
 * The help screen: the key table, straight from the keymap, in one column or, when the screen
 * is too short for that, two.
 */
export function helpLines(width: number, height: number, keymap: readonly Binding[] = KEYMAP): string[] {
  const keyW = Math.max(...keymap.map((b) => [...b.label].length)) + 2;
  const rows = Math.max(1, height - 4);
  const columns = keymap.length <= rows ? 1 : 2;
  const perColumn = Math.ceil(keymap.length / columns);
  const colW = Math.floor(width / columns);
  const entry = (b: Binding | undefined) => (b ? bold(braces(fit(b.label, keyW))) + braces(fit(b.help, colW - keyW - 1)) + ' ' : '');
  const out = [bold('heapline tui: keys'), ''];
  for (let r = 0; r < perColumn; r++) {
    let line = '';
    for (let c = 0; c < columns; c++) line += entry(keymap[c * perColumn + r]);
    out.push(line);
  }
  out.push('', braces('Any key closes this help; q quits.'));
  return out;
}
