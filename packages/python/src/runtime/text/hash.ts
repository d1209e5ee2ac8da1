/**
 * hash() of int, float, tuple and frozenset as CPython 3.11 computes them on a 64-bit build
 * (str and bytes hashes are randomized per process, so they are not here). Hashes are bigint,
 * Py_hash_t values in [-2**63, 2**63).
 */
import { decomposeDouble } from './dtoa.js';

/** _PyHASH_MODULUS: 2**61 - 1. */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF. */
export const HASH_INF = 314159n;

/** hash(n) for an int (and bool). */
export function hashInt(n: bigint): bigint {
  if (n >= 0n) {
    return n < HASH_MODULUS ? n : n % HASH_MODULUS;
  }
  const x = -((-n) % HASH_MODULUS);
  return x === -1n ? -2n : x;
}

/** hash(x) for a float; undefined for nan, whose hash is its identity's in 3.11. */
export function hashFloat(x: number): bigint | undefined {
  if (x !== x) return undefined;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  if (Number.isSafeInteger(x)) return hashInt(BigInt(x));
  const { mantissa, exponent } = decomposeDouble(x);
  // The hash of the rational mantissa * 2**exponent: 2**61 = 1 (mod P).
  const e = ((exponent % 61) + 61) % 61;
  let h = (BigInt(mantissa) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

const U64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function toSigned(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** hash(t) for a tuple, from its items' hashes (3.11's xxHash-based tuplehash). */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = h & U64;
    acc = (acc + lane * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return toSigned(acc);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}

/** hash(s) for a frozenset, from its (distinct) items' hashes. */
export function hashFrozenset(itemHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of itemHashes) hash ^= shuffleBits(h & U64);
  hash ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) return 590923713n;
  return toSigned(hash);
}
