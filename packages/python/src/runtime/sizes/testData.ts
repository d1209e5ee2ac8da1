/**
 * Loads test-data/sizes/measured.json (written by scripts/measure_sizes.py under CPython 3.11)
 * for the size-model tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MeasuredCase {
  readonly group: string;
  readonly params: Readonly<Record<string, number | string>>;
  /** sys.getsizeof of each object the case kept, in keep-slot order. */
  readonly sizes: readonly number[];
  /** [file, line relative to the case body, size] of every traced block the case kept. */
  readonly blocks: readonly (readonly [string, number, number])[];
  readonly extra?: Readonly<Record<string, number>>;
}

export interface Measured {
  readonly python: string;
  readonly types: Readonly<Record<string, { basicsize: number; itemsize: number; gc: boolean; weaklistoffset: number; dictoffset: number }>>;
  readonly startup_subclassed: readonly string[];
  readonly cases: readonly MeasuredCase[];
}

let cache: Measured | null = null;

export function measured(): Measured {
  if (cache === null) {
    const path = join(dirname(fileURLToPath(import.meta.url)), '../../../test-data/sizes/measured.json');
    cache = JSON.parse(readFileSync(path, 'utf8')) as Measured;
  }
  return cache;
}

export function group(name: string): MeasuredCase[] {
  const cases = measured().cases.filter((c) => c.group === name);
  if (cases.length === 0) throw new Error(`no measured cases in group ${name}`);
  return cases;
}

/** Block sizes of a case, sorted; optionally only those of one body line. */
export function blockSizes(c: MeasuredCase, line?: number): number[] {
  return c.blocks
    .filter((b) => line === undefined || (b[0] === 'case' && b[1] === line))
    .map((b) => b[2])
    .sort((a, b) => a - b);
}

export function sorted(xs: readonly (number | null)[]): number[] {
  return xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
}

export function num(c: MeasuredCase, key: string): number {
  const v = c.params[key];
  if (typeof v !== 'number') throw new Error(`param ${key} of ${c.group} is not a number`);
  return v;
}
