/** tracemalloc's _format_size: C printf rounding (half to even on the exact binary value). */
import { toFixedExact } from './format.js';

export function formatSize(size: number, sign: boolean): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let s = size;
  for (const unit of units) {
    if (Math.abs(s) < 100 && unit !== 'B') return (sign ? (s < 0 || Object.is(s, -0) ? '-' : '+') : s < 0 ? '-' : '') + `${toFixedExact(Math.abs(s), 1)} ${unit}`;
    if (Math.abs(s) < 10 * 1024 || unit === 'TiB') {
      const body = toFixedExact(Math.abs(s), 0);
      const neg = s < 0 && body !== '0' ? true : s < 0;
      return (sign ? (neg || Object.is(s, -0) ? '-' : '+') : neg ? '-' : '') + `${body} ${unit}`;
    }
    s /= 1024;
  }
  return `${s}`;
}
