#!/usr/bin/env node
// Bundles the `heapline run` worker (runWorker.js and the interpreter and engine it imports,
// about a hundred ES modules) into one file after `tsc -b`: loading one module instead of a
// hundred takes a quarter of a second off every `heapline run` (see docs/benchmarks.md).
// run.ts uses the bundle when it is at least as new as dist/runWorker.js, so a plain `tsc -b`
// during development never runs a stale bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
await build({
  entryPoints: [`${dist}runWorker.js`],
  outfile: `${dist}runWorker.bundle.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
