#!/usr/bin/env node
// Captures CPython's own syntax tree for each test-data/ast/*.py, in heapline's node shapes, as
// CASE.ast.json next to it (see ast_to_json.py). Never edit the .ast.json files by hand: rerun this.
//
//   node packages/python/scripts/capture-ast.mjs [python3]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const python = process.argv[2] ?? 'python3';
const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(here, '../test-data/ast');

const version = spawnSync(python, ['--version'], { encoding: 'utf8' });
if (!/^Python 3\.11\./.test(version.stdout)) {
  console.error(`capture-ast: need CPython 3.11, found ${version.stdout || version.stderr}`);
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
const run = spawnSync(python, ['-I', join(here, 'ast_to_json.py'), ...files], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`capture-ast: ${run.stderr}`);
  process.exit(1);
}
console.log(`capture-ast: wrote ${files.length} .ast.json files with ${version.stdout.trim()}`);
