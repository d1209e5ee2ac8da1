import { InternalError } from '../../errors.js';
import { decodeEvent } from '../../events/decode.js';
import type { HeapEvent } from '../../events/kinds.js';
import { EventLog } from '../../log/eventLog.js';

/**
 * An {@link EventLog} that keeps only its newest event: enough for `HeapState.apply` to
 * validate a stream of events one at a time without storing the history, so reading a file
 * this way does not grow with the number of events. The object table (site and flags, 8 bytes
 * per object allocated) and the string table are kept, as the heap state needs them.
 */
export class WindowLog extends EventLog {
  private n = 0;
  private k = 0;
  private a = 0;
  private b = 0;
  private c = 0;
  private words: number[] = [];

  override get length(): number {
    return this.n;
  }
  override append(kind: number, a: number, b: number, c: number): number {
    this.k = kind;
    this.a = a;
    this.b = b;
    this.c = c;
    return this.n++;
  }
  override appendWithAux(kind: number, a: number, b: number, words: ArrayLike<number>): number {
    this.words = Array.from(words);
    return this.append(kind, a, b, 0);
  }
  override reserve(): void {}
  private need(i: number): void {
    if (i !== this.n - 1) throw new InternalError(`window log holds event ${this.n - 1}, not ${i}`);
  }
  override kindAt(i: number): number {
    this.need(i);
    return this.k;
  }
  override aAt(i: number): number {
    this.need(i);
    return this.a;
  }
  override bAt(i: number): number {
    this.need(i);
    return this.b;
  }
  override cAt(i: number): number {
    this.need(i);
    return this.c;
  }
  override auxAt(i: number): number {
    return this.words[i] as number;
  }
  override auxSlice(at: number, n: number): number[] {
    return this.words.slice(at, at + n);
  }
  override get(i: number): HeapEvent {
    this.need(i);
    return decodeEvent(this, i);
  }
  override *events(): IterableIterator<HeapEvent> {
    if (this.n > 0) yield this.get(this.n - 1);
  }
}
