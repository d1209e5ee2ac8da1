/**
 * The terminal debugger on a long history: time to the first frame, and the time each keypress
 * takes to redraw, through the real render path (the blessed screen writing escape sequences to
 * a discarding 120x40 terminal stream). Figures, not tests.
 */
import { PassThrough, Writable } from 'node:stream';
// The built package by path: the root workspace does not depend on @heapline/tui (adding it
// would touch the lockfile), and `pnpm bench` builds with tsc -b first.
import { openTui, type KeyPress } from '../apps/tui/dist/index.js';
import { buildHistory } from './timelineBench.ts';

/** A terminal that discards what it is sent (blessed still builds and writes every frame). */
class NullTerminal extends Writable {
  readonly isTTY = true;
  bytes = 0;
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

const idle = () => new Promise<void>((r) => setImmediate(r));

export interface TuiFigures {
  readonly events: number;
  readonly liveObjects: number;
  /** From opening to the first frame on screen (the cheap indexes, before the timeline). */
  readonly firstFrameMs: number;
  /** From opening until the timeline is built and the full frame drawn. */
  readonly readyMs: number;
  readonly keyP50: number;
  readonly keyP99: number;
  readonly keyMax: number;
  readonly keys: number;
  /** Keys that step one event (→ ← l h), p99. */
  readonly stepP99: number;
  /** Keys that jump (collections, watchpoints, ends, go to), p99. */
  readonly jumpP99: number;
  /** Keys that only redraw (selection, panes), p99: the render path alone. */
  readonly redrawP99: number;
  /** Every key, minus the time spent in the core's Timeline.seek / step, p99: the debugger's own cost. */
  readonly ownP99: number;
  /** The heap walks run once the cursor rests (unreachable objects, a retaining path), p99. */
  readonly deferredP99: number;
}

/** Opens the debugger on a `events`-event history with `live` live objects and drives it. */
export async function tuiBench(events: number, live: number): Promise<TuiFigures> {
  const { heap } = buildHistory(events, live);
  const log = heap.log;
  globalThis.gc?.();
  const output = new NullTerminal(120, 40);
  const t0 = performance.now();
  const tui = openTui({ log, input: new PassThrough(), output, color: true, terminal: 'xterm-256color', exportHeap: () => [] });
  const firstFrameMs = performance.now() - t0;
  await tui.ready;
  const readyMs = performance.now() - t0;
  await idle();
  // A scrubbing session: steps both ways, collections, watchpoints on the selected object,
  // jumps to the ends and to random events, moving the selection, switching panes.
  const script: KeyPress[] = [];
  const k = (name: string, ch?: string): KeyPress => ({ name, ch });
  let x = 12345;
  const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let r = 0; r < 20; r++) {
    script.push(k('right'), k('right'), k('left'), k('l', 'l'), k('h', 'h'));
    script.push(k(']', ']'), k('down'), k('enter'), k('w', 'w'), k('W', 'W'), k('[', '['));
    if (r % 8 === 0) script.push(k('end'), k('left'), k('home'), k('right'));
    script.push(k(':', ':'), ...[...String(Math.floor(rnd() * log.length))].map((c) => k(c, c)), k('enter'));
    if (r % 10 === 0) script.push(k('tab'), k('down'), k('tab'), k('tab'), k('tab'));
  }
  // Time spent moving the core's Timeline, kept apart from the debugger's own work.
  const timeline = tui.controller.session.build();
  const seek = timeline.seek.bind(timeline);
  let seekMs = 0;
  timeline.seek = (i: number) => {
    const t = performance.now();
    seek(i);
    seekMs += performance.now() - t;
    return timeline;
  };
  const own: number[] = [];
  const times: number[] = [];
  const byClass: Record<'step' | 'jump' | 'redraw', number[]> = { step: [], jump: [], redraw: [] };
  const deferred: number[] = [];
  for (const key of script) {
    const before = tui.controller.state;
    seekMs = 0;
    const t = performance.now();
    tui.press(key);
    const ms = performance.now() - t;
    times.push(ms);
    own.push(ms - seekMs);
    const after = tui.controller.state;
    if (after.cursor === before.cursor) byClass.redraw.push(ms);
    else byClass[Math.abs(after.cursor - before.cursor) === 1 ? 'step' : 'jump'].push(ms);
    await idle();
  }
  // The heap walks the debugger runs once the cursor rests (unreachable objects for the heap
  // pane's U marks, a retaining path for the inspector), timed directly on its timeline.
  const tl = tui.controller.session.build();
  for (let r = 0; r < 20; r++) {
    const i = Math.floor(rnd() * log.length);
    const d = performance.now();
    tl.pendingGarbage(i);
    const live = tui.controller.session.seek(i).state;
    for (let id = 1 + Math.floor(rnd() * live.objectCount); id <= live.objectCount; id++) {
      if (live.isAlive(id)) {
        tl.retainingPaths(id, i, 1);
        break;
      }
    }
    deferred.push(performance.now() - d);
  }
  tui.close();
  await tui.closed;
  return {
    events: log.length,
    liveObjects: heap.state.liveObjects,
    firstFrameMs,
    readyMs,
    keyP50: percentile(times, 50),
    keyP99: percentile(times, 99),
    keyMax: Math.max(...times),
    keys: times.length,
    stepP99: percentile(byClass.step, 99),
    jumpP99: percentile(byClass.jump, 99),
    redrawP99: percentile(byClass.redraw, 99),
    ownP99: percentile(own, 99),
    deferredP99: percentile(deferred, 99),
  };
}

type Row = (name: string, value: number, unit: string, target: { metric: 'value'; op: '<='; value: number } | null) => void;

/** `pnpm bench -- --only=tui`: runs {@link tuiBench} and reports its figures through `row`. */
export async function tuiRows(row: Row): Promise<void> {
  const events = Number(process.env.HEAPLINE_BENCH_EVENTS ?? 10_000_000);
  const t = await tuiBench(events, 100_000);
  const ms = (value: number) => ({ metric: 'value', op: '<=', value }) as const;
  row(`tui.first_frame_${t.events}_events`, t.firstFrameMs, 'ms', ms(2000));
  row('tui.timeline_ready', t.readyMs, 'ms', null);
  row('tui.keypress_redraw_p50', t.keyP50, 'ms', null);
  row('tui.keypress_redraw_p99', t.keyP99, 'ms', ms(16));
  row('tui.keypress_redraw_max', t.keyMax, 'ms', null);
  row('tui.keypress_step_p99', t.stepP99, 'ms', ms(16));
  row('tui.keypress_jump_p99', t.jumpP99, 'ms', ms(16));
  row('tui.keypress_redraw_only_p99', t.redrawP99, 'ms', ms(16));
  row('tui.keypress_excluding_timeline_seek_p99', t.ownP99, 'ms', ms(16));
  row('tui.deferred_heap_walks_p99', t.deferredP99, 'ms', null);
  row('tui.keys_measured', t.keys, '', null);
}
