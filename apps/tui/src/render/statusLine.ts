import { SPEEDS } from '../state/uiState.js';
import type { RenderContext } from './context.js';
import { bold, braces, cell, color, fit } from './markup.js';

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
  if (building) return color(style, 'yellow', braces(fit(`${play}building the history index (${session(ctx)} events)…`, width)));
  if (ui.message) return color(style, 'yellow', play + cell(ui.message, width - [...play].length));
  return braces(fit(`${play}? help  q quit  →/← event  n/N line  ]/[ collection  Tab pane  Enter inspect  w/W watch`, width));
}

function session(ctx: RenderContext): string {
  return ctx.session.total.toLocaleString('en-US');
}
