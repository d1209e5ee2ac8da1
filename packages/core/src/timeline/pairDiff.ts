/**
 * The splices that turn one holder's storage into another's, in units of `[slot, target]`
 * pairs: Myers' O(ND) diff (E. Myers, "An O(ND) Difference Algorithm and Its Variations",
 * 1986), after trimming the common prefix and suffix. Holders change by a few edges between
 * checkpoints, so D is small; past {@link MAX_D} differences the middle is one splice.
 *
 * Returns flat `[at, removed, inserted, ...]` in words, `at` an offset in `a`, ascending.
 */
export function diffPairs(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const n = a.length >> 1;
  const m = b.length >> 1;
  let pre = 0;
  const lim = Math.min(n, m);
  while (pre < lim && samePair(a, pre, b, pre)) pre++;
  let suf = 0;
  while (suf < lim - pre && samePair(a, n - 1 - suf, b, m - 1 - suf)) suf++;
  const N = n - pre - suf;
  const M = m - pre - suf;
  if (N === 0 && M === 0) return [];
  if (N === 0 || M === 0 || N + M > MAX_D * 64) return [pre * 2, N * 2, M * 2];
  const path = myers(a, b, pre, N, M);
  if (!path) return [pre * 2, N * 2, M * 2];
  return path;
}

/** Most differences worth an exact diff; beyond, the middle becomes one splice. */
const MAX_D = 64;

function samePair(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number): boolean {
  return a[2 * i] === b[2 * j] && a[2 * i + 1] === b[2 * j + 1];
}

/** Myers' greedy forward search with its trace, then the splices along the path. */
function myers(a: ArrayLike<number>, b: ArrayLike<number>, off: number, N: number, M: number): number[] | null {
  const max = Math.min(N + M, MAX_D);
  const size = 2 * max + 1;
  let v = new Int32Array(size);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[k - 1 + max]! < v[k + 1 + max]!)) x = v[k + 1 + max]!;
      else x = v[k - 1 + max]! + 1;
      let y = x - k;
      while (x < N && y < M && samePair(a, off + x, b, off + y)) {
        x++;
        y++;
      }
      v[k + max] = x;
      if (x >= N && y >= M) return splices(trace, max, d, N, M, off);
    }
    v = v.slice();
  }
  return null;
}

/** Walks the trace back from (N, M) and joins adjacent deletions and insertions into splices. */
function splices(trace: Int32Array[], max: number, D: number, N: number, M: number, off: number): number[] {
  // One edit step per difference, from the end: [x, 1] inserts before a[x], [x, 0] deletes a[x].
  const steps: number[] = [];
  let x = N;
  let y = M;
  for (let d = D; d > 0; d--) {
    const v = trace[d]!; // the furthest points after d - 1 differences
    const k = x - y;
    const down = k === -d || (k !== d && v[k - 1 + max]! < v[k + 1 + max]!);
    const prevK = down ? k + 1 : k - 1;
    x = v[prevK + max]!;
    y = x - prevK;
    steps.push(x, down ? 1 : 0);
  }
  const out: number[] = [];
  for (let s = steps.length - 2; s >= 0; s -= 2) {
    const at = (off + steps[s]!) * 2;
    const ins = steps[s + 1] === 1;
    const last = out.length - 3;
    if (out.length > 0 && out[last]! + out[last + 1]! === at) {
      if (ins) out[last + 2]! += 2;
      else out[last + 1]! += 2;
    } else out.push(at, ins ? 0 : 2, ins ? 2 : 0);
  }
  return out;
}
