import type { EventLog } from '@heapline/core';
import { Controller } from './controller/controller.js';
import { resolveSelection } from './controller/navigate.js';
import type { KeyPress } from './keymap/keymap.js';
import { retainingPath } from './model/inspector.js';
import { Session, type SourceFile } from './model/session.js';
import type { Deferred } from './render/frame.js';
import { buildFrame } from './render/frame.js';
import { layout } from './render/layout.js';
import { DebuggerScreen } from './views/debuggerScreen.js';
import { exportHeapFiles } from './export/exportHeap.js';

/** Options of {@link openTui}. */
export interface TuiOptions {
  /** The event log to scrub. */
  readonly log: EventLog;
  /** The source files it was recorded from (the log header's `files`). */
  readonly files?: readonly SourceFile[];
  /** Terminal streams; default the process's stdin and stdout. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Colours; default on unless the NO_COLOR environment variable is set (and not empty). */
  readonly color?: boolean;
  /** terminfo name; default `$TERM`. */
  readonly terminal?: string;
  /**
   * What `e` does: write the heap at event `at` (drawn around `focus`, the inspected or selected
   * object) and return the paths written. Default: a `.heapsnapshot` and a `.dot` file in the
   * current directory ({@link exportHeapFiles}).
   */
  readonly exportHeap?: (session: Session, at: number, focus: number | null) => string[];
}

/** A running debugger. */
export interface TuiHandle {
  readonly controller: Controller;
  /** Settles once the history index is built and the full first frame drawn. */
  readonly ready: Promise<void>;
  /** Settles when the user quits (the terminal restored), or rejects if the log is corrupt. */
  readonly closed: Promise<void>;
  /** Handles a key exactly as if it had been typed, redrawing synchronously. */
  press(key: KeyPress): void;
  /** Quits (restoring the terminal). */
  close(): void;
}

/** How long the cursor must rest before the heap walks run (ms). */
const DEFER_MS = 80;

/** Whether NO_COLOR asks for no colours (https://no-color.org: set and not empty). */
export function noColor(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.NO_COLOR ?? '') !== '';
}

/**
 * Opens the time-travel debugger on a log and draws its first frame at once; the history index
 * (the core's Timeline) is built right after, so even a very long log shows something first.
 *
 * @example
 * const tui = openTui({ log: heap.log, files: [{ name: 'x.py', source }] });
 * await tui.closed; // the user pressed q
 */
export function openTui(options: TuiOptions): TuiHandle {
  const session = new Session(options.log, options.files ?? []);
  const color = options.color ?? !noColor();
  const screen = new DebuggerScreen({
    input: options.input ?? process.stdin,
    output: options.output ?? process.stdout,
    color,
    ...(options.terminal ? { terminal: options.terminal } : {}),
  });
  let deferred: { pending: Set<number> | null; pendingAt: number; path: Deferred['path']; pathKey: string } = { pending: null, pendingAt: -1, path: null, pathKey: '' };
  let closed = false;
  let settle: { resolve: () => void; reject: (e: unknown) => void } | undefined;
  const closedP = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  let idle: NodeJS.Timeout | null = null;

  const controller = new Controller(session, {
    schedule: (fn, ms) => {
      const t = setTimeout(guarded(fn), ms);
      return () => clearTimeout(t);
    },
    exportHeap: options.exportHeap ?? ((s, at, focus) => exportHeapFiles(s.build(), at, focus, process.cwd())),
    pageSize: () => Math.max(1, layout(screen.width, screen.height).heap.height - 3),
    changed: () => draw(),
  });

  const shut = (error?: unknown): void => {
    if (closed) return;
    closed = true;
    if (idle) clearTimeout(idle);
    screen.destroy();
    if (error === undefined) settle!.resolve();
    else settle!.reject(error);
  };

  // A failure while handling a key or a timer (a log the core refuses) ends the app with the terminal
  // restored and the error handed to the caller: never a stack trace over the screen.
  const guarded = (f: () => void) => () => {
    try {
      f();
    } catch (error) {
      shut(error);
    }
  };

  function focusId(): number | null {
    const ui = controller.state;
    return ui.inspected ?? resolveSelection(session, ui)?.id ?? null;
  }

  function draw(): void {
    if (closed) return;
    const ui = controller.state;
    if (ui.quit) return shut();
    const building = session.timeline === null;
    const id = building ? null : focusId();
    const frame = buildFrame(
      {
        session,
        ui,
        style: { color },
        deferred: {
          pending: deferred.pendingAt === ui.cursor ? deferred.pending : null,
          path: deferred.pathKey === `${ui.cursor}:${id}` ? deferred.path : null,
        },
      },
      screen.width,
      screen.height,
      building,
    );
    screen.draw(frame);
    // Debounced: while keys keep coming (scrubbing), the heap walks wait; they run once the
    // cursor rests, so a walk of a large heap never sits between two keypresses.
    if (idle) clearTimeout(idle);
    idle = building ? null : setTimeout(guarded(work), DEFER_MS);
  }

  /** Walks of the heap (unreachable objects, a retaining path), after the cursor rests. */
  function work(): void {
    idle = null;
    if (closed || session.timeline === null) return;
    const ui = controller.state;
    const tl = session.build();
    let changed = false;
    if (deferred.pendingAt !== ui.cursor) {
      const pending = new Set<number>();
      for (const g of tl.pendingGarbage(ui.cursor)) for (const id of g.objects) pending.add(id);
      deferred = { ...deferred, pending, pendingAt: ui.cursor };
      changed = true;
    }
    const id = focusId();
    const key = `${ui.cursor}:${id}`;
    if (id !== null && deferred.pathKey !== key) {
      deferred = { ...deferred, path: retainingPath(tl, id), pathKey: key };
      changed = true;
    }
    if (changed) draw();
  }

  screen.onKey((key) => guarded(() => controller.key(key))());
  screen.onResize(guarded(draw));
  draw();
  const ready = new Promise<void>((resolve) => {
    setImmediate(() => {
      if (closed) return resolve();
      try {
        session.build();
      } catch (error) {
        shut(error);
        return resolve();
      }
      draw();
      resolve();
    });
  });
  return {
    controller,
    ready,
    closed: closedP,
    press: (key) => controller.key(key),
    close: () => shut(),
  };
}

/**
 * Runs the debugger until the user quits. Rejects (terminal restored) if the log is corrupt.
 *
 * @example
 * const { heap } = runPython(source, { filename: 'x.py', write: () => {} });
 * await runTui({ log: heap!.log, files: [{ name: 'x.py', source }] });
 */
export async function runTui(options: TuiOptions): Promise<void> {
  await openTui(options).closed;
}
