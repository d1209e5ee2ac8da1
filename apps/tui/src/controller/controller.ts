import { HeapError } from '@heapline/core';
import { matchKey, type CommandId, type KeyPress } from '../keymap/keymap.js';
import type { Session } from '../model/session.js';
import { initialState, reduce, SPEEDS, type Action, type UiState } from '../state/uiState.js';
import { navigate, resolveSelection } from './navigate.js';

/** What the controller needs from the outside world (injected, so tests run without one). */
export interface Effects {
  /** Calls `fn` after `ms` milliseconds; returns a cancel function. */
  readonly schedule: (fn: () => void, ms: number) => () => void;
  /** Writes the heap at event `at` to files (drawing around `focus`) and returns their paths. */
  readonly exportHeap?: (session: Session, at: number, focus: number | null) => string[];
  /** Rows the heap pane shows (a page for PgUp / PgDn). */
  readonly pageSize?: () => number;
  /** Called after every change of state. */
  readonly changed?: (s: UiState) => void;
}

/**
 * Turns key presses into commands and commands into actions on the {@link UiState}, asking the
 * session where movements go. Keeps the session's timeline standing at the state's cursor.
 */
export class Controller {
  private s: UiState;
  private stopPlay: (() => void) | null = null;

  constructor(
    readonly session: Session,
    private readonly fx: Effects,
  ) {
    // Most of a script's events are the interpreter starting: say where the program begins.
    const first = session.index.lines.at(0);
    const hint = first > 0 ? `? help  q quit  n: next source line (the program's first is event ${first})` : '';
    this.s = { ...initialState(session.total), message: hint };
  }

  get state(): UiState {
    return this.s;
  }

  /** Handles one key press: a prompt or the help screen takes keys first, then the keymap. */
  key(k: KeyPress): void {
    if (k.ctrl && k.name === 'c') return this.run('app.quit');
    const p = this.s.prompt;
    if (p) {
      if (k.name === 'escape') this.dispatch({ type: 'prompt.close' });
      else if (k.name === 'enter') this.submit();
      else if (k.name === 'backspace') this.dispatch({ type: 'prompt.erase' });
      else if (k.ch && k.ch.length === 1 && k.ch >= ' ' && k.ch !== '\x7f') this.dispatch({ type: 'prompt.type', ch: k.ch });
      return;
    }
    const command = matchKey(k);
    if (this.s.help) {
      if (command === 'app.quit') this.run('app.quit');
      else this.dispatch({ type: 'help', open: false });
      return;
    }
    if (command) this.run(command);
  }

  /** Runs one command. */
  run(command: CommandId): void {
    const move = navigate(this.session, this.s, command);
    if (move) {
      if ('error' in move) this.dispatch({ type: 'message', text: move.error });
      else this.seek(move.index, move.message);
      return;
    }
    switch (command) {
      case 'timeline.goto':
        return this.dispatch({ type: 'prompt.open', kind: 'goto' });
      case 'heap.find':
        return this.dispatch({ type: 'prompt.open', kind: 'find' });
      case 'pane.next':
        return this.dispatch({ type: 'focusNext' });
      case 'pane.up':
        return this.move(-1);
      case 'pane.down':
        return this.move(1);
      case 'pane.pageUp':
        return this.move(-(this.fx.pageSize?.() ?? 10));
      case 'pane.pageDown':
        return this.move(this.fx.pageSize?.() ?? 10);
      case 'heap.sort':
        return this.dispatch({ type: 'sort' });
      case 'object.inspect': {
        const sel = resolveSelection(this.session, this.s);
        if (sel) this.dispatch({ type: 'inspect', id: sel.id });
        else this.dispatch({ type: 'message', text: 'no live object to inspect at this event' });
        return;
      }
      case 'play.toggle':
        return this.setPlaying(!this.s.playing);
      case 'play.faster':
        return this.dispatch({ type: 'speed', delta: 1 });
      case 'play.slower':
        return this.dispatch({ type: 'speed', delta: -1 });
      case 'export.heap':
        return this.exportHeap();
      case 'app.help':
        return this.dispatch({ type: 'help', open: true });
      case 'app.quit':
        this.setPlaying(false);
        return this.dispatch({ type: 'quit' });
      default:
        return;
    }
  }

  /** Moves the cursor to just after event `index`. */
  seek(index: number, message?: string): void {
    this.session.seek(Math.max(0, Math.min(this.session.total - 1, index)));
    this.dispatch({ type: 'seek', index, ...(message ? { message } : {}) });
  }

  private dispatch(a: Action): void {
    this.s = reduce(this.s, a);
    this.fx.changed?.(this.s);
  }

  private move(delta: number): void {
    const focus = this.s.focus;
    if (focus === 'source' && this.s.scroll.source < 0) {
      // Leaving follow mode: scroll from where the current line had put the view.
      const line = this.session.timeline?.state.line ?? 0;
      const from = Math.max(0, line - 1 - Math.floor((this.fx.pageSize?.() ?? 10) / 2));
      return this.dispatch({ type: 'scroll', pane: 'source', delta, from });
    }
    if (focus !== 'heap') return this.dispatch({ type: 'scroll', pane: focus, delta });
    const sel = resolveSelection(this.session, this.s);
    if (!sel) return;
    const row = Math.max(0, Math.min(this.session.table.size - 1, sel.row + delta));
    const tl = this.session.build();
    this.dispatch({ type: 'select', id: this.session.table.idAt(tl.state, this.s.cursor, this.s.sort, row), row });
  }

  private submit(): void {
    const p = this.s.prompt!;
    this.dispatch({ type: 'prompt.close' });
    const text = p.text.trim();
    if (p.kind === 'goto') {
      const n = Number(text);
      if (!/^\d+$/.test(text) || n >= this.session.total) {
        return this.dispatch({ type: 'message', text: `no event '${text}': events run from 0 to ${this.session.total - 1}` });
      }
      return this.seek(n);
    }
    this.find(text);
  }

  /** `/`: an object by id (`12` or `#12`), else the next live object whose type is `text`. */
  private find(text: string): void {
    const session = this.session;
    const tl = session.build();
    if (/^#?\d+$/.test(text)) {
      const id = Number(text.replace('#', ''));
      if (id < 1 || id > session.log.objectCount) return this.dispatch({ type: 'message', text: `no object #${id} in this log` });
      const row = session.table.rowOf(tl.state, this.s.cursor, this.s.sort, id);
      if (row >= 0) this.dispatch({ type: 'select', id, row });
      this.dispatch({ type: 'inspect', id });
      return this.dispatch({ type: 'message', text: row >= 0 ? `found ${session.index.typeOf(id)} #${id}` : `${session.index.typeOf(id)} #${id} is not alive at this event (a: allocation, f: free)` });
    }
    const n = session.table.size;
    const start = (resolveSelection(session, this.s)?.row ?? -1) + 1;
    for (let k = 0; k < n; k++) {
      const row = (start + k) % n;
      const id = session.table.idAt(tl.state, this.s.cursor, this.s.sort, row);
      if (session.log.strings.get(tl.state.type[id]!) === text) {
        this.dispatch({ type: 'select', id, row });
        this.dispatch({ type: 'inspect', id });
        return this.dispatch({ type: 'message', text: `found ${text} #${id}` });
      }
    }
    this.dispatch({ type: 'message', text: `no live object of type '${text}' at this event` });
  }

  private setPlaying(on: boolean): void {
    this.stopPlay?.();
    this.stopPlay = null;
    if (on !== this.s.playing) this.dispatch({ type: 'play', playing: on });
    if (on) this.tick();
  }

  /** One step of play: to the next source line (the next event when there are none). */
  private tick(): void {
    this.stopPlay = this.fx.schedule(() => {
      const move = navigate(this.session, this.s, this.session.index.lines.length > 0 ? 'timeline.nextLine' : 'timeline.stepForward');
      if (!move || 'error' in move) return this.setPlaying(false);
      this.seek(move.index, `playing at ${SPEEDS[this.s.speed]} lines/s`);
      this.tick();
    }, 1000 / SPEEDS[this.s.speed]!);
  }

  private exportHeap(): void {
    const exporter = this.fx.exportHeap;
    if (!exporter) return this.dispatch({ type: 'message', text: 'export is not available here' });
    try {
      const focus = this.s.inspected ?? resolveSelection(this.session, this.s)?.id ?? null;
      const paths = exporter(this.session, this.s.cursor, focus);
      this.dispatch({ type: 'message', text: `heap at event ${this.s.cursor} exported: ${paths.join(', ')}` });
    } catch (error) {
      const reason = error instanceof HeapError || error instanceof Error ? error.message : String(error);
      this.dispatch({ type: 'message', text: `export failed: ${reason}` });
    }
  }
}

