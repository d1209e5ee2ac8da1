import { ErrorCode, fail } from '../errors.js';
import type { EventLog } from '../log/eventLog.js';
import { HeapState } from '../state/heapState.js';
import { HEADS } from '../state/gcLists.js';
import type { JournalHooks } from '../state/journalHooks.js';
import { Checkpoints } from './checkpoints.js';
import { HistoryIndex, HistoryIndexBuilder } from './historyIndex.js';
import { Journal } from './journal.js';
import type { HeapView } from './heapView.js';
import { firstView, nextView, type ViewChange } from './nextView.js';
import { heapDiff, type HeapDiff } from './queries/diff.js';
import { lifecycle, nextChange, previousChange, refcountHistory, type Lifecycle, type ObjectChange, type RefcountPoint } from './queries/history.js';
import { liveGroups, type LiveGroup } from './queries/liveGroups.js';
import { pendingGarbage, type PendingGarbage } from './queries/pendingGarbage.js';
import { retainingPaths, type PathEdge } from './queries/retainingPaths.js';

/** The spacing rule (see `adjustSpan`): checkpoints per window of the rule, */
const WINDOW = 64;
/** checkpoints before it first applies, */
const WARM_UP = 256;
/** and the widest span, as a multiple of the initial one. */
const MAX_WIDEN = 16;

/** Options of a {@link Timeline}. */
export interface TimelineOptions {
  /** Events between checkpoints at the start; default 4,096. */
  readonly span?: number;
  /**
   * Checkpoint memory budget as a fraction of the log's bytes; default 0.5. Past a warm-up, a
   * window of checkpoints estimated to cost more widens later spans (see `adjustSpan`).
   */
  readonly budget?: number;
  /**
   * Events between marks of the working journal as the cursor moves forward; default 256. A step
   * back undoes to the last mark and replays at most this many events.
   */
  readonly segment?: number;
}

/** Sizes of a {@link Timeline}'s parts, in bytes. */
export interface TimelineMemory {
  readonly logBytes: number;
  readonly checkpointBytes: number;
  readonly indexBytes: number;
  readonly checkpoints: number;
  /** Events between the last two checkpoints. */
  readonly span: number;
}

/**
 * Time travel over an {@link EventLog}: a cursor that can stand just after any event, with
 * checkpoints so that seeking never replays from the beginning, and a per-object history index
 * for watchpoints. Built in one pass over the log (which is also validated, as by `replay`).
 *
 * The cursor's state is the one `replay(log, i + 1)` would build, held in one mutable working
 * state that moves: forward by applying events, back by rolling back to the last checkpoint
 * (undoing only what changed since) and re-applying, and across checkpoints by their deltas.
 *
 * @example
 * const tl = new Timeline(heap.log);
 * tl.seek(120).state.refcnt[7]; // refcount of object 7 just after event 120
 * tl.history.previous(7, 120); // the last event before 120 that changed object 7
 */
export class Timeline {
  readonly history: HistoryIndex;
  private readonly working: HeapState;
  private readonly journal: Journal;
  private readonly checkpoints: Checkpoints;
  /** Every output pair of the log, so that restoring a checkpoint can refill the output. */
  private readonly output: readonly number[];
  /** The checkpoint the journal is relative to. */
  private base: number;
  private span: number;
  private readonly segment: number;

  constructor(
    readonly log: EventLog,
    options: TimelineOptions = {},
  ) {
    const initialSpan = Math.max(1, Math.floor(options.span ?? 4096));
    this.span = initialSpan;
    this.segment = Math.max(1, Math.floor(options.segment ?? 256));
    const budget = options.budget ?? 0.5;
    const s = new HeapState(log);
    const journal = new Journal(s);
    const checkpoints = new Checkpoints(s);
    const index = new HistoryIndexBuilder();
    const hooks = new BuildHooks(journal, s, index);
    s.setJournal(hooks);
    const logBytesPerEvent = log.length > 0 ? log.storage().usedBytes / log.length : 0;
    let last = 0;
    let windowStart = 0;
    let window0Bytes = 0;
    for (let i = 0; i < log.length; i++) {
      hooks.begin(i);
      const kind = log.kindAt(i);
      s.apply(i);
      index.event(log, i, kind, log.aAt(i));
      hooks.end(i);
      if (s.applied - last >= this.span && s.collecting < 0) {
        checkpoints.push(s, journal.seal());
        last = s.applied;
        if (checkpoints.count % WINDOW === 0) {
          if (checkpoints.count > WARM_UP) this.adjustSpan(checkpoints, budget * logBytesPerEvent * (s.applied - windowStart), window0Bytes, initialSpan);
          windowStart = s.applied;
          window0Bytes = checkpoints.level0Bytes;
        }
      }
    }
    s.setJournal(journal);
    this.working = s;
    this.journal = journal;
    this.checkpoints = checkpoints;
    this.base = checkpoints.count - 1;
    this.output = s.output.slice();
    this.history = index.build(log);
  }

  /** Number of events in the log. */
  get length(): number {
    return this.log.length;
  }

  /** The event the cursor stands just after (-1 before the first). */
  get index(): number {
    return this.working.applied - 1;
  }

  /**
   * The state at the cursor. Read-only: it is the timeline's working state, and it changes
   * when the cursor moves (copy what you need to keep, or take a snapshot).
   */
  get state(): HeapState {
    return this.working;
  }

  /** Moves the cursor to just after event `i` (0 <= i < length). */
  seek(i: number): this {
    this.checkIndex(i);
    this.goto(i + 1);
    return this;
  }

  /** Moves the cursor by `n` events (negative: back). */
  step(n = 1): this {
    return this.seek(this.index + n);
  }

  /** Throws `HL_INDEX_OUT_OF_RANGE` unless `i` is an event index of this log. */
  checkIndex(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) {
      const range = this.length === 0 ? 'the log is empty' : `events run from 0 to ${this.length - 1}`;
      fail(ErrorCode.IndexOutOfRange, `event index ${i} is out of range: ${range}`);
    }
  }

  /** Throws `HL_UNKNOWN_OBJECT` unless `id` is an object of this log. */
  checkObject(id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > this.log.objectCount) {
      fail(ErrorCode.UnknownObject, `object ${id} does not exist in this log (ids run from 1 to ${this.log.objectCount})`);
    }
  }

  // ---- immutable views ----

  /**
   * The heap at the cursor as a frozen immer object. Given the view of an earlier (or later)
   * cursor, the new one is produced from it: unchanged objects are shared, not rebuilt.
   */
  view(prev?: HeapView): HeapView {
    return prev ? nextView(this.working, this.index, prev).view : firstView(this.working, this.index);
  }

  /** Like {@link view} from `prev`, with the immer patches between the two (and back). */
  viewChange(prev: HeapView): ViewChange {
    return nextView(this.working, this.index, prev);
  }

  /** The immer patches that turn the view just after event `i` into the one after `j`. */
  patchesBetween(i: number, j: number): ViewChange {
    const a = this.seek(i).view();
    return this.seek(j).viewChange(a);
  }

  // ---- history queries (each in queries/) ----

  /** Refcount of object `id` after each event that changed it, from its allocation on. */
  refcountHistory(id: number): RefcountPoint[] {
    return refcountHistory(this, id);
  }
  /** Reverse watchpoint: the last event before `i` that changed `id`'s refcount, holders or list. */
  previousChange(id: number, i: number): ObjectChange | undefined {
    return previousChange(this, id, i);
  }
  /** Forward watchpoint: the first event after `i` that changed `id`. */
  nextChange(id: number, i: number): ObjectChange | undefined {
    return nextChange(this, id, i);
  }
  /** The events that allocated, finalized and freed `id` (-1: none). */
  lifecycle(id: number): Lifecycle {
    return lifecycle(this, id);
  }
  /** Shortest retaining paths from the roots to `id` just after event `i` (moves the cursor). */
  retainingPaths(id: number, i: number, max = 1): PathEdge[][] {
    return retainingPaths(this, id, i, max);
  }
  /** Unreachable objects not yet collected just after event `i` (moves the cursor). */
  pendingGarbage(i: number): PendingGarbage[] {
    return pendingGarbage(this, i);
  }
  /** Live objects and bytes by type or allocation site just after event `i` (moves the cursor). */
  liveGroups(i: number, by: 'type' | 'site'): LiveGroup[] {
    return liveGroups(this, i, by);
  }
  /** What changed between just after event `from` and just after event `to` (moves the cursor). */
  diff(from: number, to: number): HeapDiff {
    return heapDiff(this, from, to);
  }

  /** Memory used by the timeline, next to the log's. */
  memory(): TimelineMemory {
    return {
      logBytes: this.log.storage().usedBytes,
      checkpointBytes: this.checkpoints.bytes,
      indexBytes: this.history.bytes,
      checkpoints: this.checkpoints.count,
      span: this.span,
    };
  }

  /**
   * The spacing rule, applied after every WINDOW checkpoints past the warm-up. A checkpoint
   * costs its delta (the net change over its span, as compact edits) at level 0 and again,
   * merged, at each coarser level; so the window's level-0 bytes times the number of levels
   * estimate what the window adds. Over `budget` (a fraction of the window's log bytes), the
   * span doubles, up to MAX_WIDEN times the initial one: changes that cancel out over a longer
   * span cost nothing. Under half the budget, it halves back. The first WARM_UP checkpoints are
   * left alone: a program's first events build its heap, every birth costs a delta entry
   * whatever the span, and widening spans then would only slow later seeks.
   */
  private adjustSpan(cps: Checkpoints, budgetBytes: number, level0Before: number, initialSpan: number): void {
    const estimate = (cps.level0Bytes - level0Before) * cps.levels.length;
    if (estimate > budgetBytes) this.span = Math.min(this.span * 2, initialSpan * MAX_WIDEN);
    else if (estimate * 2 < budgetBytes && this.span > initialSpan) this.span /= 2;
  }

  private goto(pos: number): void {
    const s = this.working;
    if (pos === s.applied) return;
    const cps = this.checkpoints;
    const target = cps.before(pos);
    if (pos > s.applied && (target === this.base || pos - s.applied <= 2 * this.span)) {
      this.forward(pos);
      return;
    }
    if (target === this.base) {
      // Back within the current span: undo to the journal's last mark before `pos`.
      const k = this.journal.markBefore(pos);
      if (k >= 0) {
        this.journal.undoTo(k, this.output);
        this.forward(pos);
        return;
      }
    }
    this.journal.rollback();
    cps.restoreScalars(s, this.base, this.output);
    if (target !== this.base) {
      cps.move(s, this.base, target, this.output);
      this.base = target;
    }
    this.forward(pos);
  }

  private forward(pos: number): void {
    const s = this.working;
    const positions = this.checkpoints.positions;
    while (s.applied < pos) {
      // Every `segment` events from the checkpoint, a mark: a later step back undoes to it.
      if ((s.applied - positions[this.base]!) % this.segment === 0 && s.applied !== positions[this.base] && s.collecting < 0) this.journal.mark();
      s.apply(s.applied);
      // Standing exactly on the next checkpoint: the journal can start afresh from it.
      if (positions[this.base + 1] === s.applied) {
        this.journal.clear();
        this.base++;
      }
    }
  }
}

/**
 * The journal's hooks during the build pass, which also note the objects whose collector list
 * an event changes (for the history index).
 */
class BuildHooks implements JournalHooks {
  private marks = new Int32Array(1024);
  private candidates: number[] = [];
  private stamp = 0;

  constructor(
    private readonly j: Journal,
    private readonly s: HeapState,
    private readonly index: HistoryIndexBuilder,
  ) {}

  begin(i: number): void {
    this.stamp = i + 1;
  }

  end(i: number): void {
    const c = this.candidates;
    if (c.length === 0) return;
    const listOf = this.s.lists.listOf;
    for (let k = 0; k < c.length; k += 2) if (listOf[c[k]!] !== c[k + 1]) this.index.add(c[k]! - HEADS, i);
    c.length = 0;
  }

  obj(id: number): void {
    this.j.obj(id);
  }
  holder(h: number): void {
    this.j.holder(h);
  }
  weakref(wr: number): void {
    this.j.weakref(wr);
  }
  weakList(target: number): void {
    this.j.weakList(target);
  }
  node(n: number): void {
    this.j.node(n);
    if (n < HEADS) return;
    if (n >= this.marks.length) {
      let cap = this.marks.length;
      while (cap <= n) cap *= 2;
      const m = new Int32Array(cap);
      m.set(this.marks);
      this.marks = m;
    }
    if (this.marks[n] === this.stamp) return;
    this.marks[n] = this.stamp;
    this.candidates.push(n, this.s.lists.listOf[n] ?? -1);
  }
}
