import { Timeline, type EventLog, type HeapState, type RefcountPoint } from '@heapline/core';
import { readCollection, type CollectionDetail } from './collection.js';
import { describeEvent } from './describe.js';
import { EventIndex } from './eventIndex.js';
import { HeapTable } from './heapTable.js';
import { LiveSet } from './liveSet.js';
import { Overview } from './overview.js';

/** A source file the log was recorded from (the log header's `files`). */
export interface SourceFile {
  readonly name: string;
  readonly source: string;
}

/** One line of program output. */
export interface OutputLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * A log opened in the debugger: the cheap indexes built before the first frame (landmarks,
 * overview), the {@link Timeline} built after it, and caches of per-object and per-collection
 * answers. Knows nothing of terminals.
 */
export class Session {
  readonly index: EventIndex;
  readonly overview: Overview;
  readonly live = new LiveSet();
  readonly table = new HeapTable(this.live);
  private tl: Timeline | null = null;
  private at = 0;
  private readonly sources = new Map<string, string[]>();
  private readonly histories = new Map<number, RefcountPoint[]>();
  private readonly collections = new Map<number, CollectionDetail>();

  constructor(
    readonly log: EventLog,
    files: readonly SourceFile[],
  ) {
    this.index = new EventIndex(log);
    this.overview = new Overview(log);
    for (const f of files) this.sources.set(f.name, f.source.split('\n'));
  }

  /** Number of events. */
  get total(): number {
    return this.log.length;
  }

  /** The timeline, or null until {@link build} ran. */
  get timeline(): Timeline | null {
    return this.tl;
  }

  /**
   * Builds the timeline (one pass over the whole log, which it validates) and stands it at the
   * session's cursor.
   */
  build(): Timeline {
    if (!this.tl) {
      this.tl = new Timeline(this.log);
      if (this.total > 0) this.seek(this.at);
    }
    return this.tl;
  }

  /** The timeline standing just after event `i`, with the live set brought there. */
  seek(i: number): Timeline {
    this.at = i;
    const tl = this.build().seek(i);
    this.live.update(tl.state, i);
    return tl;
  }

  /** The event the session's cursor stands after. */
  get cursor(): number {
    return this.at;
  }

  /** Lines of a source file the log names, or undefined when the header did not carry it. */
  source(file: string): readonly string[] | undefined {
    return this.sources.get(file);
  }

  /** The source files the log carries, in header order. */
  sourceFiles(): Array<{ readonly name: string; readonly lines: readonly string[] }> {
    return [...this.sources].map(([name, lines]) => ({ name, lines }));
  }

  /** Event `i` in words; needs the timeline at `i` for refcounts (given as `state`). */
  describe(i: number, state?: HeapState): string {
    const e = this.log.get(i);
    const line = e.kind === 'program.line' ? this.source(e.file)?.[e.line - 1] : undefined;
    return describeEvent({ index: this.index, state }, e, line);
  }

  /** The last `max` lines of program output at the state (the last one possibly unfinished). */
  output(s: HeapState, max: number): OutputLine[] {
    const o = s.output;
    // Walk back over the writes until they hold enough lines, then split them in order.
    const chunks: OutputLine[] = [];
    let newlines = 0;
    for (let k = o.length - 2; k >= 0 && newlines <= max; k -= 2) {
      const text = this.log.strings.get(o[k + 1]!);
      chunks.push({ stream: o[k] === 2 ? 'stderr' : 'stdout', text });
      for (let j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) newlines++;
    }
    const lines: OutputLine[] = [];
    let current = '';
    let stream: OutputLine['stream'] = 'stdout';
    for (const c of chunks.reverse()) {
      const parts = c.text.split('\n');
      for (let j = 0; j < parts.length; j++) {
        current += parts[j]!;
        stream = c.stream;
        if (j < parts.length - 1) {
          lines.push({ stream, text: current });
          current = '';
        }
      }
    }
    if (current !== '') lines.push({ stream, text: current });
    return lines.slice(-max);
  }

  /** Refcount history of `id` (cached). */
  refcountHistory(id: number): RefcountPoint[] {
    let h = this.histories.get(id);
    if (!h) {
      h = this.build().refcountHistory(id);
      this.histories.set(id, h);
    }
    return h;
  }

  /** The collection that started at event `start` (cached). */
  collection(start: number): CollectionDetail {
    let c = this.collections.get(start);
    if (!c) {
      c = readCollection(this.log, this.index, start);
      this.collections.set(start, c);
    }
    return c;
  }
}
