/**
 * `tracemalloc._format_size(size, sign)` (Lib/tracemalloc.py, 3.11), with `%.0f` / `%.1f` /
 * `%+.0f` / `%+.1f` formatted as C's printf does: the exact binary value of the double, rounded
 * half to even (2.5 -> "2", 3.5 -> "4", 0.05 -> "0.1" because 0.05 is slightly above 1/20).
 */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** The exact value of a finite double as mantissa · 2^exponent (mantissa an integer). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * printf("%.{decimals}f", x), or "%+.{decimals}f" with `sign`, for a finite double: exact,
 * round half to even. A negative value (or -0.0) keeps its '-' even when it rounds to zero.
 */
export function printfFixed(x: number, decimals: number, sign = false): string {
  if (!Number.isFinite(x)) {
    const body = Number.isNaN(x) ? 'nan' : 'inf';
    return (x < 0 ? '-' : sign && !Number.isNaN(x) ? '+' : '') + body;
  }
  const negative = x < 0 || Object.is(x, -0);
  const { mantissa, exponent } = decompose(x);
  const scale = 10n ** BigInt(decimals);
  let q: bigint;
  if (exponent >= 0) {
    q = (mantissa << BigInt(exponent)) * scale;
  } else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exponent);
    q = num / den;
    const twice = (num - q * den) * 2n;
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  let digits = q.toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return (negative ? '-' : sign ? '+' : '') + digits;
}

/**
 * `_format_size(size, sign)`: bytes as an integer up to 10239 B, then KiB, MiB, GiB, TiB with
 * one decimal below 100 and none from 100 on (TiB always without decimals past 100).
 */
export function formatSize(size: number, sign: boolean): string {
  // JS -0 stands for Python's float -0.0 ("-0 B" when signed); pass +0 for the int 0.
  let value = size;
  for (const unit of UNITS) {
    if (Math.abs(value) < 100 && unit !== 'B') return `${printfFixed(value, 1, sign)} ${unit}`;
    if (Math.abs(value) < 10 * 1024 || unit === 'TiB') return `${printfFixed(value, 0, sign)} ${unit}`;
    value /= 1024;
  }
  throw new Error('unreachable');
}
