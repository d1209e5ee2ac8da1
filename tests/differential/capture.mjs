#!/usr/bin/env node
// Records what CPython 3.11 prints for each differential case.
//
//   node tests/differential/capture.mjs                 every case, then examples/seed.py
//   node tests/differential/capture.mjs NAME ...        only these (NAME, NAME.py, cases/NAME.py or seed)
//   node tests/differential/capture.mjs --check [NAME ...]
//        writes nothing; runs each case 4 times (PYTHONHASHSEED 0, 0, 1, 2) and reports any
//        whose output is not identical every time (exit 1 if there is one)
//
// A case runs as `python3 cases/NAME.py` with cwd tests/differential; examples/seed.py runs as
// `python3 examples/seed.py` with cwd the repository root. The environment is lib.mjs's
// caseEnv() (PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING=utf-8). The result
// {stdout, stderr, status} goes to cases/NAME.expected.json (seed: tests/differential/
// seed.expected.json), with the repository's absolute path written as {ROOT}.
// Never edit an .expected.json file by hand: rerun this script.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { allSpecs, caseEnv, caseSpec, makePool, repoRoot, runPython } from './lib.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args
  .filter((a) => !a.startsWith('--'))
  .map((a) => path.basename(a).replace(/\.expected\.json$|\.py$/, ''));

const version = execFileSync('python3', ['-c', 'import sys; print(sys.version)'], { encoding: 'utf8' });
if (!version.startsWith('3.11.')) {
  console.error(`capture needs CPython 3.11 as python3; found ${version.trim()}`);
  process.exit(2);
}

const specs = names.length > 0 ? names.map(caseSpec) : allSpecs();
const limit = makePool(4);

if (check) {
  const withSeed = (seed) => ({ ...caseEnv(), PYTHONHASHSEED: String(seed) });
  const unstable = [];
  await Promise.all(
    specs.map((spec) =>
      limit(async () => {
        const runs = [];
        for (const seed of [0, 0, 1, 2]) runs.push(JSON.stringify(await runPython(spec, withSeed(seed))));
        if (new Set(runs).size !== 1) unstable.push(spec.name);
      }),
    ),
  );
  unstable.sort();
  for (const n of unstable) console.log(`NOT DETERMINISTIC: ${n}`);
  console.log(`${specs.length - unstable.length} deterministic, ${unstable.length} not`);
  process.exit(unstable.length > 0 ? 1 : 0);
}

let failed = 0;
await Promise.all(
  specs.map((spec) =>
    limit(async () => {
      const outcome = await runPython(spec);
      writeFileSync(spec.expectedFile, JSON.stringify(outcome, null, 2) + '\n');
      if (outcome.status !== 0) failed++;
    }),
  ),
);
console.log(
  `captured ${specs.length} case(s) with ${version.split(' ')[0]} (${failed} exit non-zero) in ${path.relative(repoRoot, process.cwd()) || '.'}`,
);
