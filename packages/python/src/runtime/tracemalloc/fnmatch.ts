/**
 * `fnmatch.fnmatch` on POSIX (where `os.path.normcase` is the identity), following
 * `fnmatch.translate` of Python 3.11: `*` any run of characters (newlines too), `?` one
 * character, `[seq]` / `[!seq]` a set with ranges, a `]` right after `[` or `[!` taken
 * literally, an unterminated `[` literal, reversed ranges (`[z-a]`) dropped, an empty set never
 * matching and `[!]` matching any character. Matching is on code points and anchored at both ends.
 */

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'never' }
  | { readonly kind: 'literal'; readonly cp: number }
  | { readonly kind: 'set'; readonly negate: boolean; readonly ranges: readonly (readonly [number, number])[] };

function codePoints(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0) ?? 0);
}

/** Builds the ranges of a bracket body `stuff` (pattern chars i..j, '!' excluded) the way translate() does. */
function setRanges(chunks: number[][]): [number, number][] {
  // Drop reversed ranges: chunk k-1 ends with a range start, chunk k begins with its end.
  for (let k = chunks.length - 1; k > 0; k--) {
    const prev = chunks[k - 1]!;
    const next = chunks[k]!;
    if (prev[prev.length - 1]! > next[0]!) {
      chunks[k - 1] = [...prev.slice(0, -1), ...next.slice(1)];
      chunks.splice(k, 1);
    }
  }
  const ranges: [number, number][] = [];
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    for (let m = 0; m < chunk.length; m++) {
      const startsRange = m === chunk.length - 1 && k < chunks.length - 1;
      const endsRange = m === 0 && k > 0;
      if (endsRange) continue;
      if (startsRange) ranges.push([chunk[m]!, chunks[k + 1]![0]!]);
      else ranges.push([chunk[m]!, chunk[m]!]);
    }
  }
  return ranges;
}

function tokenize(pattern: string): Token[] {
  const pat = codePoints(pattern);
  const n = pat.length;
  const out: Token[] = [];
  const DASH = 0x2d;
  let i = 0;
  while (i < n) {
    const c = pat[i]!;
    i++;
    if (c === 0x2a) {
      if (out.length === 0 || out[out.length - 1]!.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === 0x3f) {
      out.push({ kind: 'any' });
    } else if (c === 0x5b) {
      let j = i;
      if (j < n && pat[j] === 0x21) j++;
      if (j < n && pat[j] === 0x5d) j++;
      while (j < n && pat[j] !== 0x5d) j++;
      if (j >= n) {
        out.push({ kind: 'literal', cp: 0x5b });
        continue;
      }
      const negate = pat[i] === 0x21;
      const bodyStart = negate ? i + 1 : i;
      let chunks: number[][];
      if (!pat.slice(i, j).includes(DASH)) {
        chunks = [pat.slice(bodyStart, j)];
      } else {
        chunks = [];
        let start = i;
        let k = negate ? i + 2 : i + 1;
        for (;;) {
          let found = -1;
          for (let m = k; m < j; m++) {
            if (pat[m] === DASH) {
              found = m;
              break;
            }
          }
          if (found < 0) break;
          chunks.push(pat.slice(start, found));
          start = found + 1;
          k = found + 3;
        }
        const last = pat.slice(start, j);
        if (last.length > 0) chunks.push(last);
        else chunks[chunks.length - 1]!.push(DASH);
        if (negate) chunks[0] = chunks[0]!.slice(1);
      }
      i = j + 1;
      if (chunks.length === 1 && chunks[0]!.length === 0) {
        out.push(negate ? { kind: 'any' } : { kind: 'never' });
        continue;
      }
      // A chunk emptied by the '!' removal can only be the first one, followed by a range.
      const cleaned = chunks[0]!.length === 0 ? chunks.slice(1) : chunks;
      out.push({ kind: 'set', negate, ranges: cleaned.length === 0 ? [] : setRanges(cleaned.map((ch) => [...ch])) });
    } else {
      out.push({ kind: 'literal', cp: c });
    }
  }
  return out;
}

function matchToken(t: Token, cp: number): boolean {
  switch (t.kind) {
    case 'any':
      return true;
    case 'never':
      return false;
    case 'literal':
      return t.cp === cp;
    case 'set': {
      const inSet = t.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
      return t.negate ? !inSet : inSet;
    }
    case 'star':
      return true;
  }
}

const compiled = new Map<string, Token[]>();

/** `fnmatch.fnmatch(name, pattern)` on POSIX. */
export function fnmatch(name: string, pattern: string): boolean {
  let tokens = compiled.get(pattern);
  if (tokens === undefined) {
    tokens = tokenize(pattern);
    if (compiled.size > 256) compiled.clear();
    compiled.set(pattern, tokens);
  }
  const s = codePoints(name);
  // Iterative glob matching with backtracking to the last star.
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < s.length) {
    const t = tokens[ti];
    if (t !== undefined && t.kind === 'star') {
      starTi = ti++;
      starSi = si;
    } else if (t !== undefined && matchToken(t, s[si]!)) {
      ti++;
      si++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      si = ++starSi;
    } else {
      return false;
    }
  }
  while (ti < tokens.length && tokens[ti]!.kind === 'star') ti++;
  return ti === tokens.length;
}

/** `tracemalloc._normalize_filename`: normcase (identity on POSIX), then `.pyc` -> `.py`. */
export function normalizeFilename(filename: string): string {
  return filename.endsWith('.pyc') ? filename.slice(0, -1) : filename;
}
