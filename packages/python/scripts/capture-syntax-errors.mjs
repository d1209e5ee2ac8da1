#!/usr/bin/env node
// Captures what real CPython prints for each syntax-error case: runs `python3 CASE.py` on every
// test-data/syntax-errors/*.py and writes its stderr to CASE.expected next to it. CPython 3.11
// prints the script's absolute path; it is replaced by the bare file name so the expectations do
// not depend on where the repository lives. Never edit the .expected files by hand: rerun this.
//
//   node packages/python/scripts/capture-syntax-errors.mjs [python3]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const python = process.argv[2] ?? 'python3';
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-data/syntax-errors');

const version = spawnSync(python, ['--version'], { encoding: 'utf8' });
if (!/^Python 3\.11\./.test(version.stdout)) {
  console.error(`capture-syntax-errors: need CPython 3.11, found ${version.stdout || version.stderr}`);
  process.exit(2);
}

let count = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  // -I: isolated mode, so no user site or environment variable changes what is printed.
  const run = spawnSync(python, ['-I', name], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
  const stderr = run.stderr.split(`${join(dir, name)}"`).join(`${name}"`);
  if (run.status !== 1 || !stderr.startsWith('  File ') || !/^(SyntaxError|IndentationError|TabError): /m.test(stderr)) {
    console.error(`capture-syntax-errors: ${name} is not a syntax error (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  writeFileSync(join(dir, name.replace(/\.py$/, '.expected')), stderr);
  count++;
}
console.log(`capture-syntax-errors: wrote ${count} .expected files with ${version.stdout.trim()}`);
