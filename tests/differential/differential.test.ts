/**
 * Differential tests: `heapline run cases/NAME.py` must print exactly what CPython 3.11 printed
 * for the same script (stdout, stderr, exit status), as recorded by capture.mjs in
 * cases/NAME.expected.json. The README's example, examples/seed.py, is the case 'seed'.
 *
 * Cases listed in known-failures.txt are expected to differ (`it.fails`): when one starts
 * matching, its test fails until update-known-failures.mjs drops it from the list.
 *
 * The heapline processes run a few at a time in a pool (HEAPLINE_DIFF_JOBS, default 3), started
 * in case order when the first test runs; each test awaits its own case.
 * See docs/differential-tests.md.
 */
import { describe, expect, it } from 'vitest';
import {
  CASE_TIMEOUT_MS,
  JOBS,
  type CaseSpec,
  type Outcome,
  allSpecs,
  makePool,
  readExpected,
  readKnownFailures,
  runHeapline,
} from './lib.mjs';

const specs = allSpecs();
const known = readKnownFailures();

let runs: Map<string, Promise<Outcome>> | undefined;
function outcomeOf(spec: CaseSpec): Promise<Outcome> {
  if (runs === undefined) {
    const limit = makePool(JOBS);
    runs = new Map(specs.map((s) => [s.name, limit(() => runHeapline(s))]));
  }
  return runs.get(spec.name)!;
}

describe('differential: heapline run vs CPython 3.11', () => {
  it('every case has its CPython output recorded', () => {
    const missing = specs.filter((s) => readExpected(s) === undefined).map((s) => s.name);
    expect(missing, 'run node tests/differential/capture.mjs NAME').toEqual([]);
  });

  it('known-failures.txt names only existing cases', () => {
    const names = new Set(specs.map((s) => s.name));
    expect([...known.keys()].filter((n) => !names.has(n))).toEqual([]);
  });

  for (const spec of specs) {
    const test = known.has(spec.name) ? it.fails : it;
    test(
      spec.name,
      async () => {
        const expected = readExpected(spec);
        const actual = await outcomeOf(spec);
        expect(actual).toEqual(expected);
      },
      CASE_TIMEOUT_MS + 15_000,
    );
  }
});
