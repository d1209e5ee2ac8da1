import { Heap, Timeline } from '@heapline/core';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same history. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * A long history over a large live heap: `live` long-lived instances in lists held by module
 * globals, then churn until the log holds `events` events: each round allocates a temporary
 * dict held by a frame local that references a random long-lived instance, then drops both
 * (the dict is freed); every 64th round keeps the dict instead, appending it to a random list,
 * and every 256th drops the first item of a random list. Automatic collections run all along.
 */
export function buildHistory(events: number, live: number): { heap: Heap; longLived: number[] } {
  const heap = new Heap();
  const g = heap.addRoot('globals');
  const frame = heap.addRoot('frame main');
  const rnd = lcg(42);
  const lists: number[] = [];
  const items: number[][] = [];
  const longLived: number[] = [];
  const perList = 200;
  for (let k = 0; k < Math.ceil(live / perList); k++) {
    const list = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: g, slot: `l${k}` });
    lists.push(list);
    const mine: number[] = [];
    for (let j = 0; j < perList; j++) {
      const x = heap.alloc({ type: 'Node', size: 48, gc: true, holder: list, slot: j });
      mine.push(x);
      longLived.push(x);
    }
    items.push(mine);
  }
  for (let r = 0; heap.log.length < events; r++) {
    const k = Math.floor(rnd() * lists.length);
    const mine = items[k]!;
    const x = mine[Math.floor(rnd() * mine.length)]!;
    const tmp = heap.alloc({ type: 'dict', size: 232, gc: true, holder: frame, slot: 't' });
    heap.take(x, tmp, 'ref');
    if ((r & 63) === 0) {
      heap.take(tmp, lists[k]!, mine.length);
      mine.push(tmp);
      heap.drop(tmp, frame, 't');
    } else {
      heap.drop(x, tmp, 'ref');
      heap.drop(tmp, frame, 't');
    }
    if ((r & 255) === 0 && mine.length > 1) {
      const first = mine.shift()!;
      heap.drop(first, lists[k]!, 0);
    }
  }
  return { heap, longLived };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function timed(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

export interface TimelineFigures {
  readonly events: number;
  readonly liveObjects: number;
  readonly buildSeconds: number;
  readonly seekP50: number;
  readonly seekP99: number;
  readonly stepForwardP99: number;
  readonly stepBackP99: number;
  readonly watchpointP99: number;
  readonly pathP99: number;
  readonly checkpointFraction: number;
  readonly indexFraction: number;
  readonly checkpoints: number;
}

/** Builds the history and the timeline, and measures seeks, steps, watchpoints and paths. */
export function timelineBench(events: number, live: number): TimelineFigures {
  const { heap, longLived } = buildHistory(events, live);
  const log = heap.log;
  globalThis.gc?.();
  let tl!: Timeline;
  const buildMs = timed(() => {
    tl = new Timeline(log);
  });
  const n = log.length;
  const rnd = lcg(7);
  const at = () => Math.floor(rnd() * n);
  for (let k = 0; k < 20; k++) tl.seek(at()); // warm-up
  const seeks: number[] = [];
  for (let k = 0; k < 300; k++) {
    const i = at();
    seeks.push(timed(() => tl.seek(i)));
  }
  const fwd: number[] = [];
  const back: number[] = [];
  for (let k = 0; k < 150; k++) {
    const i = 1 + Math.floor(rnd() * (n - 2));
    tl.seek(i);
    for (let s = 0; s < 4; s++) {
      if (tl.index + 1 < n) fwd.push(timed(() => tl.step(1)));
    }
    for (let s = 0; s < 8; s++) {
      if (tl.index > 0) back.push(timed(() => tl.step(-1)));
    }
  }
  const watch: number[] = [];
  for (let k = 0; k < 2000; k++) {
    const id = longLived[Math.floor(rnd() * longLived.length)]!;
    const i = at();
    watch.push(timed(() => tl.previousChange(id, i)));
  }
  const paths: number[] = [];
  for (let k = 0; k < 50; k++) {
    const id = longLived[Math.floor(rnd() * longLived.length)]!;
    const i = at();
    paths.push(timed(() => tl.retainingPaths(id, i)));
  }
  const mem = tl.memory();
  return {
    events: n,
    liveObjects: heap.state.liveObjects,
    buildSeconds: buildMs / 1000,
    seekP50: percentile(seeks, 50),
    seekP99: percentile(seeks, 99),
    stepForwardP99: percentile(fwd, 99),
    stepBackP99: percentile(back, 99),
    watchpointP99: percentile(watch, 99),
    pathP99: percentile(paths, 99),
    checkpointFraction: mem.checkpointBytes / mem.logBytes,
    indexFraction: mem.indexBytes / mem.logBytes,
    checkpoints: mem.checkpoints,
  };
}
