/**
 * Writes an {@link EventLog} as JSON Lines straight from its columns: no event objects, string
 * literals escaped once per interned string, the `heap.alloc` flag run once per flag value.
 * The output is byte for byte what {@link eventLine} gives for the decoded events (a property
 * test checks it); this is the fast path `heapline run --log` and exports use.
 */
import { InternalError } from '../../errors.js';
import { AllocFlag, GC_SETTING_NAMES, Kind, KIND_NAMES } from '../../events/kinds.js';
import type { EventLog } from '../../log/eventLog.js';
import { SEQUENCE_CLASS_SLOT } from '../../log/stringTable.js';
import { allocFlagsJson } from './eventLine.js';
import { endLine, headerLine, jsonString, type LogHeader } from './lineFormat.js';

const HEADS = KIND_NAMES.map((k) => `,"kind":"${k}"`);

/**
 * Incremental JSON Lines writer over a growing {@link EventLog}: each {@link drain} hands the
 * lines of the events appended since the previous one to `sink`, in chunks of about
 * `chunkChars` characters.
 *
 * @example
 * const w = new JsonlLogWriter(heap.log);
 * let text = w.header(makeHeader([{ name: 'x.py', source }])) + '\n';
 * w.drain((chunk) => (text += chunk));
 * text += w.end() + '\n';
 */
export class JsonlLogWriter {
  private next = 0;
  private readonly strs: Array<string | undefined> = [];
  private readonly flagRuns = new Map<number, string>();
  private bytes: Uint8Array | undefined;
  private encoder: InstanceType<typeof TextEncoder> | undefined;

  constructor(
    private readonly log: EventLog,
    private readonly chunkChars = 1 << 20,
  ) {}

  /** Events written so far. */
  get written(): number {
    return this.next;
  }

  /** The header line (no newline). */
  header(h: LogHeader): string {
    return headerLine(h);
  }

  /** The end line (no newline), counting the events written. */
  end(): string {
    return endLine(this.next);
  }

  /** Writes the events appended since the last call; returns how many. */
  drain(sink: (chunk: string) => void, to = this.log.length): number {
    const from = this.next;
    let chunk = '';
    for (let i = from; i < to; i++) {
      chunk += this.line(i);
      chunk += '\n';
      if (chunk.length >= this.chunkChars) {
        sink(chunk);
        chunk = '';
      }
    }
    if (chunk) sink(chunk);
    this.next = to;
    return to - from;
  }

  /**
   * As {@link drain}, but hands `sink` bytes: the lines encoded into one reused buffer of
   * `chunkChars` bytes (the lines are ASCII, so a character is a byte). Faster than text when
   * the caller writes to a file: no long string is built and flattened, nothing is encoded
   * twice. The view passed to `sink` is only valid until `sink` returns (write it or copy it).
   */
  drainBytes(sink: (bytes: Uint8Array) => void, to = this.log.length): number {
    const from = this.next;
    const buf = (this.bytes ??= new Uint8Array(this.chunkChars));
    const encoder = (this.encoder ??= new TextEncoder());
    let at = 0;
    for (let i = from; i < to; i++) {
      const line = this.line(i);
      if (at + line.length + 1 > buf.length) {
        if (at > 0) sink(buf.subarray(0, at));
        at = 0;
        if (line.length + 1 > buf.length) {
          sink(encoder.encode(line + '\n'));
          continue;
        }
      }
      at += encoder.encodeInto(line, buf.subarray(at)).written;
      buf[at++] = 10;
    }
    if (at > 0) sink(buf.subarray(0, at));
    this.next = to;
    return to - from;
  }

  private str(id: number): string {
    let s = this.strs[id];
    if (s === undefined) this.strs[id] = s = jsonString(this.log.strings.get(id));
    return s;
  }

  private slot(holder: number, c: number): string {
    if (holder > 0 && c === SEQUENCE_CLASS_SLOT) return '"__class__"';
    return this.log.isSequenceHolder(holder) ? String(c) : this.str(c);
  }

  private flags(f: number): string {
    let s = this.flagRuns.get(f);
    if (s === undefined) {
      const has = (bit: number) => (f & bit) !== 0;
      const untrack = has(AllocFlag.UntrackTuple) ? 'tuple' : has(AllocFlag.UntrackDict) ? 'dict' : null;
      s = allocFlagsJson(has(AllocFlag.Gc), has(AllocFlag.Tracked), has(AllocFlag.Sequence), has(AllocFlag.Finalizer),
        has(AllocFlag.LegacyDel), has(AllocFlag.Clearable), has(AllocFlag.Trashcan), has(AllocFlag.Counted), untrack,
        has(AllocFlag.Weakref));
      this.flagRuns.set(f, s);
    }
    return s;
  }

  private ids(at: number, n: number): string {
    return `[${this.log.auxSlice(at, n).join(',')}]`;
  }

  /** The source line current at the last event written (a `program.line` moves it). */
  private src = 0;

  /**
   * The line of event `i` (no newline), with the source line current at it as `"src"`. Lines
   * are made in order (the writer follows `program.line` events to know the source line).
   */
  line(i: number): string {
    const log = this.log;
    if (log.kindAt(i) === Kind.Line) this.src = log.bAt(i);
    const line = this.fields(i);
    return `${line.slice(0, -1)},"src":${this.src}}`;
  }

  private fields(i: number): string {
    const log = this.log;
    const k = log.kindAt(i);
    const a = log.aAt(i);
    const b = log.bAt(i);
    const c = log.cAt(i);
    const head = `{"seq":${i}${HEADS[k]}`;
    switch (k) {
      case Kind.Alloc:
        return `${head},"id":${a},"type":${this.str(b)},"size":${c},"site":${this.str(log.siteOf(a))},${this.flags(log.flagsOf(a))}}`;
      case Kind.Resize:
        return `${head},"id":${a},"oldSize":${b},"size":${c}}`;
      case Kind.Free:
        return `${head},"id":${a},"counted":${b !== 0}}`;
      case Kind.Finalize:
      case Kind.Defer:
      case Kind.Track:
      case Kind.Untrack:
      case Kind.GcClear:
      case Kind.GcSave:
        return `${head},"id":${a}}`;
      case Kind.Take:
      case Kind.Drop:
        return `${head},"target":${a},"holder":${b},"slot":${this.slot(b, c)}}`;
      case Kind.Insert:
        return `${head},"target":${a},"holder":${b},"slot":${this.str(log.auxAt(c))},"position":${log.auxAt(c + 1)}}`;
      case Kind.WeakNew:
      case Kind.WeakClear:
        return `${head},"weakref":${a},"referent":${b}}`;
      case Kind.WeakCallback:
        return `${head},"weakref":${a},"byCollector":${b !== 0}}`;
      case Kind.GcStart:
        return `${head},"generation":${a},"automatic":${b !== 0}}`;
      case Kind.GcUnreachable:
      case Kind.GcUncollectable:
      case Kind.GcResurrect:
        return `${head},"ids":${this.ids(c, a)}}`;
      case Kind.GcPromote:
        return `${head},"from":${a},"to":${b},"count":${c}}`;
      case Kind.GcDone:
        return `${head},"generation":${a},"collected":${b},"uncollectable":${c}}`;
      case Kind.GcConfig:
        return `${head},"setting":"${GC_SETTING_NAMES[a]}","value":${b}}`;
      case Kind.RootAdd:
        return `${head},"root":${a},"name":${this.str(b)}}`;
      case Kind.RootRemove:
        return `${head},"root":${a}}`;
      case Kind.Line:
        return `${head},"file":${this.str(a)},"line":${b}}`;
      case Kind.Output:
        return `${head},"stream":"${a === 2 ? 'stderr' : 'stdout'}","text":${jsonString(log.strings.get(b))}}`;
      default:
        throw new InternalError(`event ${i} has unknown kind code ${k}`);
    }
  }
}
