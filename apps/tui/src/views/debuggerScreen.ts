/**
 * The views layer: the only place that imports blessed. It owns the screen and its boxes and
 * draws a {@link Frame} computed elsewhere; key presses go out as plain {@link KeyPress}es.
 */
import blessed from 'blessed';
import type { KeyPress } from '../keymap/keymap.js';
import type { Frame, PaneContent } from '../render/frame.js';
import type { Rect } from '../render/layout.js';
import type { PaneId } from '../state/uiState.js';

/** Where the screen reads keys from and draws to. */
export interface ScreenOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Colours on (off under NO_COLOR). */
  readonly color: boolean;
  /** terminfo name; default `$TERM`. */
  readonly terminal?: string;
}

type BoxName = 'timeline' | PaneId;

/** A blessed screen laid out as the debugger. */
export class DebuggerScreen {
  readonly screen: blessed.Widgets.Screen;
  private readonly boxes: Record<BoxName, blessed.Widgets.BoxElement>;
  private readonly status: blessed.Widgets.BoxElement;
  private readonly message: blessed.Widgets.BoxElement;
  private readonly help: blessed.Widgets.BoxElement;
  private readonly small: blessed.Widgets.BoxElement;

  constructor(private readonly opts: ScreenOptions) {
    this.screen = blessed.screen({
      input: opts.input as NodeJS.ReadStream,
      output: opts.output as NodeJS.WriteStream,
      smartCSR: true,
      fullUnicode: true,
      forceUnicode: true,
      autoPadding: true,
      warnings: false,
      title: 'heapline tui',
      ...(opts.terminal ? { terminal: opts.terminal } : {}),
    });
    const pane = (): blessed.Widgets.BoxElement =>
      blessed.box({
        parent: this.screen,
        tags: true,
        border: { type: 'line' },
        style: { border: opts.color ? { fg: 'gray' } : {} },
        wrap: false,
      });
    this.boxes = { timeline: pane(), source: pane(), heap: pane(), inspector: pane(), gc: pane() };
    const line = (): blessed.Widgets.BoxElement => blessed.box({ parent: this.screen, tags: true, height: 1, wrap: false });
    this.status = line();
    this.message = line();
    const full = { parent: this.screen, tags: true, top: 0, left: 0, width: '100%', height: '100%', hidden: true } as const;
    this.help = blessed.box({ ...full, border: { type: 'line' }, label: ' Help ' });
    this.small = blessed.box({ ...full, wrap: true });
  }

  get width(): number {
    return this.screen.width as number;
  }
  get height(): number {
    return this.screen.height as number;
  }

  /** Calls `handler` for every key press. */
  onKey(handler: (key: KeyPress) => void): void {
    this.screen.on('keypress', (ch: string | undefined, key: { name?: string; ctrl?: boolean; shift?: boolean } | undefined) => {
      // blessed reports Enter ('\r') twice: as 'enter', then as 'return'. One key, one press.
      if (key?.name === 'return') return;
      handler({ name: key?.name, ch, ctrl: key?.ctrl, shift: key?.shift });
    });
  }

  /** Calls `handler` when the terminal is resized. */
  onResize(handler: () => void): void {
    this.screen.on('resize', handler);
  }

  /** Draws a frame. */
  draw(frame: Frame): void {
    const panesVisible = frame.kind === 'panes';
    for (const b of [...Object.values(this.boxes), this.status, this.message]) {
      if (panesVisible) b.show();
      else b.hide();
    }
    if (frame.kind === 'tooSmall') this.small.setContent(frame.text);
    else if (frame.kind === 'help') this.help.setContent(frame.lines.join('\n'));
    if (frame.kind === 'tooSmall') this.small.show();
    else this.small.hide();
    if (frame.kind === 'help') this.help.show();
    else this.help.hide();
    if (frame.kind === 'panes') {
      for (const name of Object.keys(this.boxes) as BoxName[]) {
        const focused = name === frame.focus;
        this.place(this.boxes[name], frame.layout[name], frame.panes[name], focused);
      }
      this.status.top = frame.layout.status.top;
      this.status.width = frame.layout.status.width;
      this.status.setContent(frame.status);
      this.message.top = frame.layout.message.top;
      this.message.width = frame.layout.message.width;
      this.message.setContent(frame.message);
    }
    this.screen.render();
  }

  private place(box: blessed.Widgets.BoxElement, r: Rect, content: PaneContent, focused: boolean): void {
    box.top = r.top;
    box.left = r.left;
    box.width = r.width;
    box.height = r.height;
    box.setLabel(content.title);
    if (this.opts.color) box.style.border = { fg: focused ? 'cyan' : 'gray' };
    box.setContent(content.lines.join('\n'));
  }

  /** Leaves the alternate screen and shows the cursor again. */
  destroy(): void {
    this.screen.destroy();
  }
}
