/**
 * Growable typed-array columns. `ChunkedColumn` stores a fixed-size chunk list so that growing
 * never copies and unused capacity stays below one chunk; `GrowableInt32` doubles (for the
 * auxiliary pool and per-object tables, which are small next to the event columns).
 */

export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_SIZE - 1;

type TypedArray = Int32Array | Uint8Array | Uint16Array | Float64Array;
type TypedArrayCtor<T extends TypedArray> = new (length: number) => T;

/** A column of numbers stored in fixed-size typed-array chunks: O(1) get, append without copying. */
export class ChunkedColumn<T extends TypedArray> {
  readonly chunks: T[] = [];

  constructor(private readonly ctor: TypedArrayCtor<T>) {}

  /** Makes sure index `i` has storage. */
  ensure(i: number): T {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(new this.ctor(CHUNK_SIZE));
    return this.chunks[c] as T;
  }

  get(i: number): number {
    return (this.chunks[i >>> CHUNK_BITS] as T)[i & CHUNK_MASK] as number;
  }

  set(i: number, value: number): void {
    this.ensure(i)[i & CHUNK_MASK] = value;
  }

  /** Bytes allocated. */
  capacityBytes(): number {
    let bytes = 0;
    for (const c of this.chunks) bytes += c.byteLength;
    return bytes;
  }
}

/** A doubling Int32 vector. */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(initial = 1024) {
    this.data = new Int32Array(initial);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length] = value;
    return this.length++;
  }

  /** Reserves `n` words and returns the offset of the first. */
  reserve(n: number): number {
    if (this.length + n > this.data.length) this.grow(this.length + n);
    const at = this.length;
    this.length += n;
    return at;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  private grow(min: number): void {
    let cap = this.data.length * 2;
    while (cap < min) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
