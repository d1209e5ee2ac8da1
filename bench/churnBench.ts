import { Heap } from '@heapline/core';

/**
 * Recording throughput: an allocate / take / drop / free churn. Each round allocates an int
 * held by a frame local (heap.alloc + ref.take), then drops it (ref.drop + heap.free): four
 * events, all decided, appended and applied by the engine.
 */
export function churnBench(events: number): { seconds: number; eventsPerSecond: number; bytesPerEvent: number; allocatedBytesPerEvent: number } {
  const heap = new Heap();
  const frame = heap.addRoot('frame churn');
  const rounds = Math.ceil(events / 4);
  globalThis.gc?.();
  const start = heap.log.length;
  const t = performance.now();
  for (let i = 0; i < rounds; i++) {
    const id = heap.alloc({ type: 'int', size: 28, holder: frame, slot: 'x' });
    heap.drop(id, frame, 'x');
  }
  const seconds = (performance.now() - t) / 1000;
  const recorded = heap.log.length - start;
  const st = heap.log.storage();
  return {
    seconds,
    eventsPerSecond: recorded / seconds,
    bytesPerEvent: st.usedBytes / heap.log.length,
    allocatedBytesPerEvent: st.allocatedBytes / heap.log.length,
  };
}

/**
 * The ceiling: appending the same number of events to plain typed-array columns (a kind byte
 * and three int32 operands) and updating a refcount column, with nothing decided or checked,
 * into preallocated, already-touched memory.
 */
export function rawAppendBench(events: number): { eventsPerSecond: number } {
  const kinds = new Uint8Array(events);
  const a = new Int32Array(events);
  const b = new Int32Array(events);
  const c = new Int32Array(events);
  const refcnt = new Int32Array(1 << 20);
  kinds.fill(1);
  a.fill(1);
  b.fill(1);
  c.fill(1);
  const t = performance.now();
  for (let i = 0; i < events; i++) {
    const id = (i >> 2) & 0xfffff;
    kinds[i] = (i & 3) + 1;
    a[i] = id;
    b[i] = -2;
    c[i] = 3;
    refcnt[id]! += (i & 1) === 0 ? 1 : -1;
  }
  const seconds = (performance.now() - t) / 1000;
  if (refcnt[0] === 12345) console.log('');
  return { eventsPerSecond: events / seconds };
}

/**
 * The same ceiling when the columns grow as a log's do, in fresh 65,536-event chunks: on this
 * machine touching fresh memory costs a large share of recording (page faults), so this is the
 * fair upper bound for a log that grows while it records.
 */
export function rawGrowingAppendBench(events: number): { eventsPerSecond: number } {
  const CH = 1 << 16;
  const kinds: Uint8Array[] = [];
  const as: Int32Array[] = [];
  const bs: Int32Array[] = [];
  const cs: Int32Array[] = [];
  const refcnt: Int32Array[] = [];
  const t = performance.now();
  for (let i = 0; i < events; i++) {
    const off = i & (CH - 1);
    const ch = i >>> 16;
    if (off === 0) {
      kinds.push(new Uint8Array(CH));
      as.push(new Int32Array(CH));
      bs.push(new Int32Array(CH));
      cs.push(new Int32Array(CH));
      if ((ch & 3) === 0) refcnt.push(new Int32Array(CH)); // one object per four events
    }
    const id = i >> 2;
    kinds[ch]![off] = (i & 3) + 1;
    as[ch]![off] = id;
    bs[ch]![off] = -2;
    cs[ch]![off] = 3;
    refcnt[id >>> 16]![id & (CH - 1)]! += (i & 1) === 0 ? 1 : -1;
  }
  const seconds = (performance.now() - t) / 1000;
  return { eventsPerSecond: events / seconds };
}
