import { SORT_KEYS, type SortKey } from '../model/heapTable.js';

/** The panes that take the focus, in `Tab` order. */
export const PANES = ['heap', 'inspector', 'gc', 'source'] as const;
export type PaneId = (typeof PANES)[number];

/** Play speeds, in source lines per second. */
export const SPEEDS = [1, 2, 4, 8, 16, 32, 64] as const;

/** A prompt being typed on the status line: `:` goes to an event, `/` finds an object. */
export interface Prompt {
  readonly kind: 'goto' | 'find';
  readonly text: string;
}

/** Everything the debugger's screen depends on besides the log itself. */
export interface UiState {
  /** The event the cursor stands just after (0 ≤ cursor < total). */
  readonly cursor: number;
  /** Where the cursor stood before the last move (what changed is highlighted). */
  readonly previous: number;
  readonly total: number;
  readonly focus: PaneId;
  /** The object selected in the heap pane, and the row it was on (kept when it dies). */
  readonly selected: number | null;
  readonly heapRow: number;
  /** The object the inspector shows (`Enter`, `/`). */
  readonly inspected: number | null;
  readonly sort: SortKey;
  /** First line shown in the scrolling panes (source: -1 follows the current line). */
  readonly scroll: { readonly source: number; readonly inspector: number; readonly gc: number };
  readonly help: boolean;
  readonly prompt: Prompt | null;
  readonly playing: boolean;
  /** Index into {@link SPEEDS}. */
  readonly speed: number;
  /** A one-line message on the status line (cleared by the next move). */
  readonly message: string;
  readonly quit: boolean;
}

/** What can happen to the UI state. */
export type Action =
  | { readonly type: 'seek'; readonly index: number; readonly message?: string }
  | { readonly type: 'focusNext' }
  /** Scrolls a pane by `delta` lines from its first line, or from `from` (leaving follow mode). */
  | { readonly type: 'scroll'; readonly pane: 'source' | 'inspector' | 'gc'; readonly delta: number; readonly from?: number }
  | { readonly type: 'select'; readonly id: number | null; readonly row: number }
  | { readonly type: 'inspect'; readonly id: number }
  | { readonly type: 'sort' }
  | { readonly type: 'help'; readonly open: boolean }
  | { readonly type: 'prompt.open'; readonly kind: Prompt['kind'] }
  | { readonly type: 'prompt.type'; readonly ch: string }
  | { readonly type: 'prompt.erase' }
  | { readonly type: 'prompt.close' }
  | { readonly type: 'play'; readonly playing: boolean }
  | { readonly type: 'speed'; readonly delta: 1 | -1 }
  | { readonly type: 'message'; readonly text: string }
  | { readonly type: 'quit' };

/** The state a debugger opens in: event 0, heap pane focused. */
export function initialState(total: number): UiState {
  return {
    cursor: 0,
    previous: 0,
    total,
    focus: 'heap',
    selected: null,
    heapRow: 0,
    inspected: null,
    sort: 'newest',
    scroll: { source: -1, inspector: 0, gc: 0 },
    help: false,
    prompt: null,
    playing: false,
    speed: 2,
    message: '',
    quit: false,
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** The UI reducer: pure, total over {@link Action}. */
export function reduce(s: UiState, a: Action): UiState {
  switch (a.type) {
    case 'seek': {
      const cursor = clamp(Math.trunc(a.index), 0, Math.max(0, s.total - 1));
      // The source pane follows the current line again (-1) after a move.
      return { ...s, previous: s.cursor, cursor, message: a.message ?? '', scroll: { ...s.scroll, source: -1, inspector: 0 } };
    }
    case 'focusNext':
      return { ...s, focus: PANES[(PANES.indexOf(s.focus) + 1) % PANES.length]! };
    case 'scroll':
      return { ...s, scroll: { ...s.scroll, [a.pane]: Math.max(0, (a.from ?? s.scroll[a.pane]) + a.delta) } };
    case 'select':
      return { ...s, selected: a.id, heapRow: Math.max(0, a.row) };
    case 'inspect':
      return { ...s, inspected: a.id, scroll: { ...s.scroll, inspector: 0 } };
    case 'sort':
      return { ...s, sort: SORT_KEYS[(SORT_KEYS.indexOf(s.sort) + 1) % SORT_KEYS.length]!, message: '' };
    case 'help':
      return { ...s, help: a.open };
    case 'prompt.open':
      return { ...s, prompt: { kind: a.kind, text: '' }, playing: false };
    case 'prompt.type':
      return s.prompt ? { ...s, prompt: { ...s.prompt, text: s.prompt.text + a.ch } } : s;
    case 'prompt.erase':
      return s.prompt ? { ...s, prompt: { ...s.prompt, text: [...s.prompt.text].slice(0, -1).join('') } } : s;
    case 'prompt.close':
      return { ...s, prompt: null };
    case 'play':
      return { ...s, playing: a.playing, message: a.playing ? `playing at ${SPEEDS[s.speed]} lines/s` : 'paused' };
    case 'speed': {
      const speed = clamp(s.speed + a.delta, 0, SPEEDS.length - 1);
      return { ...s, speed, message: `speed ${SPEEDS[speed]} lines/s` };
    }
    case 'message':
      return { ...s, message: a.text };
    case 'quit':
      return { ...s, quit: true, playing: false };
  }
}
