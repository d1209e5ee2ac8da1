/**
 * A correctly rounded x ** y for finite x > 0 (x != 1) and finite non-zero y, computed in
 * double-double arithmetic (about 100 bits) as exp(y * log(x)).
 *
 * CPython calls the C library's pow(); glibc's is correctly rounded except in rare hard cases
 * (an exact tie such as 3.0 ** 34 may round either way there). JavaScript's Math.pow is often
 * one ulp off (Math.pow(2, 2.5)), so it is not used.
 */
import { decomposeDouble } from './dtoa.js';

const SPLITTER = 134217729; // 2**27 + 1
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SQRT2 = Math.SQRT2;

// Results of the double-double operations (hi, lo), to avoid allocating.
let rh = 0;
let rl = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  rl = a - (s - bb) + (b - bb);
  rh = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  rl = b - (s - a);
  rh = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  rl = ah * bh - p + ah * bl + al * bh + al * bl;
  rh = p;
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = rh;
  const e = rl + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = rh;
  const s2 = rl;
  twoSum(al, bl);
  const t1 = rh;
  const t2 = rl;
  quickTwoSum(s1, s2 + t1);
  quickTwoSum(rh, rl + t2);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -rh, -rl);
  const q2 = rh / bh;
  const r1h = rh;
  const r1l = rl;
  ddMul(q2, 0, bh, bl);
  ddAdd(r1h, r1l, -rh, -rl);
  const q3 = rh / bh;
  quickTwoSum(q1, q2);
  ddAdd(rh, rl, q3, 0);
}

/** DD constants 1/(2i+1) for the atanh series and 1/i! for the exp series. */
const ODD_INV_H: number[] = [];
const ODD_INV_L: number[] = [];
const FACT_INV_H: number[] = [];
const FACT_INV_L: number[] = [];
const ATANH_TERMS = 24;
const EXP_TERMS = 14;
function initConstants(): void {
  for (let i = 0; i <= ATANH_TERMS; i++) {
    ddDiv(1, 0, 2 * i + 1, 0);
    ODD_INV_H.push(rh);
    ODD_INV_L.push(rl);
  }
  let fh = 1;
  let fl = 0;
  for (let i = 0; i <= EXP_TERMS; i++) {
    if (i > 0) {
      ddDiv(fh, fl, i, 0);
      fh = rh;
      fl = rl;
    }
    FACT_INV_H.push(fh);
    FACT_INV_L.push(fl);
  }
}

/** log(x) as a double-double in (rh, rl), x finite and > 0. */
function ddLog(x: number): void {
  let k = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2**54
    k -= 54;
  }
  const e = Math.floor(Math.log2(m));
  m /= 2 ** e;
  k += e;
  if (m >= 2) {
    m /= 2;
    k++;
  } else if (m < 1) {
    m *= 2;
    k--;
  }
  if (m > SQRT2) {
    m /= 2;
    k++;
  }
  const f = m - 1; // exact
  twoSum(2, f);
  ddDiv(f, 0, rh, rl);
  const sh = rh;
  const sl = rl;
  ddMul(sh, sl, sh, sl);
  const s2h = rh;
  const s2l = rl;
  let ph = ODD_INV_H[ATANH_TERMS]!;
  let pl = ODD_INV_L[ATANH_TERMS]!;
  for (let i = ATANH_TERMS - 1; i >= 0; i--) {
    ddMul(ph, pl, s2h, s2l);
    ddAdd(rh, rl, ODD_INV_H[i]!, ODD_INV_L[i]!);
    ph = rh;
    pl = rl;
  }
  ddMul(ph, pl, sh, sl);
  const lmh = rh * 2;
  const lml = rl * 2;
  twoProd(k, LN2_HI);
  const kh = rh;
  const kl = rl + k * LN2_LO;
  ddAdd(kh, kl, lmh, lml);
}

/** exp of the double-double (th, tl), rounded once to a double. */
function ddExpToDouble(th: number, tl: number): number {
  if (th > 710) return Infinity;
  if (th < -746) return 0;
  const n = Math.round(th / LN2_HI);
  twoProd(n, LN2_HI);
  const nh = rh;
  const nl = rl + n * LN2_LO;
  ddAdd(th, tl, -nh, -nl);
  const r1 = rh / 32;
  const r2 = rl / 32;
  let ph = FACT_INV_H[EXP_TERMS]!;
  let pl = FACT_INV_L[EXP_TERMS]!;
  for (let i = EXP_TERMS - 1; i >= 0; i--) {
    ddMul(ph, pl, r1, r2);
    ddAdd(rh, rl, FACT_INV_H[i]!, FACT_INV_L[i]!);
    ph = rh;
    pl = rl;
  }
  for (let i = 0; i < 5; i++) {
    ddMul(ph, pl, ph, pl);
    ph = rh;
    pl = rl;
  }
  quickTwoSum(ph, pl);
  const h = rh;
  const l = rl;
  // Scale by 2**n: exact while the result is normal.
  const scaled = n > 1000 ? h * 2 ** 1000 * 2 ** (n - 1000) : n < -1000 ? h * 2 ** -1000 * 2 ** (n + 1000) : h * 2 ** n;
  if (Math.abs(scaled) >= 2.2250738585072014e-308 || scaled === Infinity) return scaled;
  return roundSubnormal(h, l, n);
}

/** (h + l) * 2**n rounded half-even to a multiple of 2**-1074. */
function roundSubnormal(h: number, l: number, n: number): number {
  const parts: [bigint, number][] = [];
  for (const v of [h, l]) {
    if (v === 0) continue;
    const { mantissa, exponent } = decomposeDouble(v);
    parts.push([BigInt(v < 0 ? -mantissa : mantissa), exponent + n + 1074]);
  }
  let d = 0;
  for (const [, e] of parts) d = Math.max(d, -e);
  let num = 0n;
  for (const [m, e] of parts) num += m << BigInt(e + d);
  const D = BigInt(d);
  let q = num >> D;
  const rem = num - (q << D);
  const half = d > 0 ? 1n << (D - 1n) : 0n;
  if (d > 0 && (rem > half || (rem === half && (q & 1n) === 1n))) q += 1n;
  return Number(q) * 5e-324;
}

/** x ** y, correctly rounded, for finite x > 0, x != 1, finite y != 0. Infinity on overflow. */
export function powPositive(x: number, y: number): number {
  if (ODD_INV_H.length === 0) initConstants();
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  ddLog(x);
  const lh = rh;
  const ll = rl;
  const approx = y * lh;
  if (approx > 800) return Infinity;
  if (approx < -800) return 0;
  // y * log(x) in double-double; scale a huge y so that splitting it cannot overflow.
  if (Math.abs(y) > 1e300) twoProd(y * 2 ** -64, lh * 2 ** 64);
  else twoProd(y, lh);
  const th = rh;
  const tl = rl + y * ll;
  quickTwoSum(th, tl);
  return ddExpToDouble(rh, rl);
}
