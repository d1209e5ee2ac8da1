import type { SchedulerLike } from 'rxjs';
import { ErrorCode, HeapError, invariant } from '../errors.js';
import { INTERPRETER_ROOT, Kind, Stream, type StreamName } from '../events/kinds.js';
import { EventLog } from '../log/eventLog.js';
import { HeapState } from '../state/heapState.js';

/** A finalizer (`__del__`): may take new references to the object, i.e. resurrect it. */
export type Finalizer = (heap: HeapLike, id: number) => void;
/** A weakref callback, called with the weakref object once its referent is gone. */
export type WeakrefCallback = (heap: HeapLike, weakref: number) => void;

/** What a gc callback (`gc.callbacks`) is given. */
export interface GcCallbackInfo {
  readonly generation: number;
  readonly collected: number;
  readonly uncollectable: number;
}
export type GcCallback = (heap: HeapLike, phase: 'start' | 'stop', info: GcCallbackInfo) => void;

/** Options of a {@link Heap}. */
export interface HeapOptions {
  /** Called around every collection, automatic or requested, like `gc.callbacks`. */
  readonly onGc?: GcCallback;
  /**
   * Freelist capacities by key (CPython 3.11: `list` 80, `dict` 80, `tuple1`..`tuple20` 2000
   * each). An allocation naming a key with a parked object does not count towards gen0, and a
   * free that parks an object does not uncount it. Full collections empty the freelists.
   */
  readonly freelists?: Readonly<Record<string, number>>;
  /** May an automatic collection start now? (CPython: not while an exception is pending.) */
  readonly canCollect?: () => boolean;
  /** Address shown for an object in gc debug output; default a deterministic fake address. */
  readonly address?: (id: number) => string;
  /** Where an exception thrown by a finalizer, weakref callback or gc callback goes. */
  readonly onCallbackError?: (error: unknown, context: string) => void;
  /** Told of every output event (program output, gc debug messages) as it is recorded. */
  readonly onOutput?: (stream: StreamName, text: string) => void;
  /** Told of every object freed, right after its free event is recorded. */
  readonly onFree?: (id: number) => void;
  /** Scheduler of the log's batched observable. */
  readonly scheduler?: SchedulerLike;
}

/** The part of the heap a callback may use: any command. */
export interface HeapLike {
  readonly log: EventLog;
}

/** CPython's _PyTrash_UNWIND_LEVEL. */
export const TRASHCAN_LIMIT = 50;

/** Default fake address of object `id`, stable across runs. */
export function defaultAddress(id: number): string {
  return '0x' + (0x7f0000000000 + id * 0x30).toString(16);
}

/**
 * The live engine's internals, shared by the dealloc and collector modules: the log, the state
 * derived from it, and the decision-only state (finalizer behaviours, freelists, the trashcan,
 * the re-entrancy guard) that the log records the outcomes of but never needs to replay.
 */
export class Engine {
  readonly log: EventLog;
  readonly state: HeapState;
  readonly finalizers = new Map<number, Finalizer>();
  readonly weakCallbacks = new Map<number, WeakrefCallback>();
  /** Freelist key (string id) of objects allocated with one. */
  readonly freelistKey = new Map<number, number>();
  readonly freelistSize = new Map<number, number>();
  readonly freelistCap = new Map<number, number>();
  trashDepth = 0;
  readonly trashStack: number[] = [];
  /** gcstate->collecting: a collection is running (manual collects return 0). */
  collecting = false;
  garbageList = 0;
  private nextRoot = INTERPRETER_ROOT - 1;
  private depth = 0;
  private readonly errors: unknown[] = [];

  constructor(
    readonly heap: HeapLike,
    readonly options: HeapOptions,
  ) {
    this.log = new EventLog(options.scheduler ? { scheduler: options.scheduler } : {});
    this.state = new HeapState(this.log);
    for (const [key, cap] of Object.entries(options.freelists ?? {})) {
      this.freelistCap.set(this.log.strings.intern(key), cap);
    }
    this.emit(Kind.RootAdd, INTERPRETER_ROOT, this.log.strings.intern('interpreter'), 0);
  }

  /** Appends one event and applies it. */
  emit(kind: number, a: number, b: number, c: number): number {
    const i = this.log.append(kind, a, b, c);
    this.state.applyEvent(i, kind, a, b, c);
    if (kind === Kind.Free && this.options.onFree) this.options.onFree(a);
    return i;
  }

  /** Appends an event carrying a list of ids and applies it. */
  emitAux(kind: number, words: readonly number[]): number {
    const i = this.log.appendWithAux(kind, words.length, 0, words);
    this.state.apply(i);
    return i;
  }

  /** Interns a string. */
  intern(s: string): number {
    return this.log.strings.intern(s);
  }

  private readonly cacheKeys = ['', '', ''];
  private readonly cacheIds = [0, 0, 0];

  /**
   * Interns a string with a one-entry cache per role (0 type, 1 site, 2 slot label): commands
   * repeat the same type names, sites and slots, and a Map lookup per operand shows in profiles.
   */
  internAs(role: 0 | 1 | 2, s: string): number {
    if (this.cacheKeys[role] === s) return this.cacheIds[role]!;
    const id = this.log.strings.intern(s);
    this.cacheKeys[role] = s;
    this.cacheIds[role] = id;
    return id;
  }

  newRootId(): number {
    return this.nextRoot--;
  }

  write(stream: StreamName, text: string): void {
    this.emit(Kind.Output, Stream[stream], this.intern(text), 0);
    this.options.onOutput?.(stream, text);
  }

  address(id: number): string {
    return (this.options.address ?? defaultAddress)(id);
  }

  /** Calls user code (finalizer, weakref or gc callback); its exception never breaks the engine. */
  invoke(context: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (this.options.onCallbackError) this.options.onCallbackError(error, context);
      else this.errors.push(error);
    }
  }

  /**
   * Runs a top-level command. When it ends, an exception a callback threw (with no
   * `onCallbackError` to take it) is rethrown; the events already appended stand.
   */
  command<T>(fn: () => T): T {
    this.enter();
    try {
      return fn();
    } finally {
      this.leave();
    }
  }

  /** Opens a top-level command (the closure-free form of {@link command}, for hot paths). */
  enter(): void {
    this.depth++;
  }

  /** Closes a command; rethrows a callback's exception when the outermost one closes. */
  leave(): void {
    this.depth--;
    if (this.depth === 0 && this.errors.length > 0) {
      const [first] = this.errors.splice(0);
      const message = first instanceof Error ? first.message : String(first);
      throw new HeapError(ErrorCode.CallbackFailed, `a callback failed: ${message}`);
    }
  }

  /** Frees the freelists (CPython's _PyGC_ClearAllFreeLists after a full collection). */
  clearFreelists(): void {
    for (const key of this.freelistSize.keys()) this.freelistSize.set(key, 0);
  }

  /** Takes an object from a freelist if one is parked there. */
  popFreelist(key: number): boolean {
    const n = this.freelistSize.get(key) ?? 0;
    if (n === 0) return false;
    this.freelistSize.set(key, n - 1);
    return true;
  }

  /** Parks a dying object on its freelist if there is room. */
  pushFreelist(id: number): boolean {
    if (this.freelistKey.size === 0) return false;
    const key = this.freelistKey.get(id);
    if (key === undefined) return false;
    const n = this.freelistSize.get(key) ?? 0;
    const cap = this.freelistCap.get(key) ?? 0;
    invariant(n <= cap, 'freelist over capacity');
    if (n === cap) return false;
    this.freelistSize.set(key, n + 1);
    return true;
  }
}
