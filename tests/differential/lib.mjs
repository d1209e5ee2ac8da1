// Shared helpers of the differential suite: used by capture.mjs, update-known-failures.mjs
// and differential.test.ts. Plain Node, no dependencies. See docs/differential-tests.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/differential, absolute. Every case runs with this as its working directory. */
export const diffDir = path.dirname(fileURLToPath(import.meta.url));
export const casesDir = path.join(diffDir, 'cases');
export const repoRoot = path.resolve(diffDir, '..', '..');
export const heaplineBin = path.join(repoRoot, 'apps', 'cli', 'bin', 'heapline.js');
export const knownFailuresFile = path.join(diffDir, 'known-failures.txt');

/**
 * CPython prints absolute paths (`__main__.__file__` is absolute since 3.9, so tracebacks and
 * tracemalloc frames name /abs/path/to/repo/tests/differential/cases/x.py). The expected files
 * store the repository root as this token so that they hold in any checkout; heapline's
 * output gets the same substitution before the comparison.
 */
export const ROOT_TOKEN = '{ROOT}';

/** Per-case time limit for `heapline run`, in ms. */
export const CASE_TIMEOUT_MS = Number(process.env.HEAPLINE_DIFF_TIMEOUT_MS) || 20_000;

/** How many cases run at once. */
export const JOBS = Number(process.env.HEAPLINE_DIFF_JOBS) || 3;

/**
 * @typedef {{ name: string, cwd: string, script: string, expectedFile: string }} CaseSpec
 * @typedef {{ stdout: string, stderr: string, status: number | string | null }} Outcome
 */

/** The environment of both interpreters: deterministic hashing, no .pyc, UTF-8 output. */
export function caseEnv() {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('PYTHON') || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  env.PYTHONHASHSEED = '0';
  env.PYTHONDONTWRITEBYTECODE = '1';
  env.PYTHONIOENCODING = 'utf-8';
  return env;
}

/** Names of the cases in cases/ (file names without .py), sorted. */
export function caseNames() {
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** @param {string} name @returns {CaseSpec} */
export function caseSpec(name) {
  if (name === 'seed') {
    return {
      name,
      cwd: repoRoot,
      script: 'examples/seed.py',
      expectedFile: path.join(diffDir, 'seed.expected.json'),
    };
  }
  return {
    name,
    cwd: diffDir,
    script: `cases/${name}.py`,
    expectedFile: path.join(casesDir, `${name}.expected.json`),
  };
}

/** Every case of cases/, then the README's example (examples/seed.py) as 'seed'. */
export function allSpecs() {
  return [...caseNames().map(caseSpec), caseSpec('seed')];
}

/** @param {string} text */
export function portable(text) {
  return text.split(repoRoot).join(ROOT_TOKEN);
}

/** @param {CaseSpec} spec @returns {Outcome | undefined} */
export function readExpected(spec) {
  if (!existsSync(spec.expectedFile)) return undefined;
  const { stdout, stderr, status } = JSON.parse(readFileSync(spec.expectedFile, 'utf8'));
  return { stdout, stderr, status };
}

/**
 * Runs a command to completion; never rejects. A run killed at the time limit has status
 * 'timeout'; one that could not start has status 'spawn error: ...'.
 * @param {string} cmd @param {string[]} args @param {string} cwd @param {number} timeoutMs
 * @returns {Promise<Outcome>}
 */
export function runProcess(cmd, args, cwd, timeoutMs, env = caseEnv()) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */ const out = [];
    /** @type {Buffer[]} */ const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: '', status: `spawn error: ${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status: timedOut ? 'timeout' : code ?? `signal ${signal}`,
      });
    });
  });
}

/** @type {string | undefined} */
let python;
/**
 * The interpreter `python3` names, resolved once: `python3` may be a slow wrapper (a pyenv
 * shim), and sys.executable is the same interpreter without it.
 */
export function pythonExecutable() {
  python ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return python;
}

/** `python3 SCRIPT`, output made portable. @param {CaseSpec} spec */
export async function runPython(spec, env = caseEnv()) {
  const r = await runProcess(pythonExecutable(), [spec.script], spec.cwd, 120_000, env);
  return { stdout: portable(r.stdout), stderr: portable(r.stderr), status: r.status };
}

/** `node apps/cli/bin/heapline.js run SCRIPT`, output made portable. @param {CaseSpec} spec */
export async function runHeapline(spec, timeoutMs = CASE_TIMEOUT_MS) {
  const r = await runProcess(process.execPath, [heaplineBin, 'run', spec.script], spec.cwd, timeoutMs);
  return { stdout: portable(r.stdout), stderr: portable(r.stderr), status: r.status };
}

/** @param {Outcome} a @param {Outcome | undefined} b */
export function sameOutcome(a, b) {
  return b !== undefined && a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
}

/**
 * A limiter: `limit(fn)` runs fn once fewer than n started ones are still running, in call order.
 * @param {number} n
 * @returns {<T>(fn: () => Promise<T>) => Promise<T>}
 */
export function makePool(n) {
  let active = 0;
  /** @type {Array<() => void>} */
  const queue = [];
  const next = () => {
    while (active < n && queue.length > 0) {
      active++;
      /** @type {() => void} */ (queue.shift())();
    }
  };
  return (fn) =>
    new Promise((resolve, reject) => {
      queue.push(() => {
        fn()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

/**
 * known-failures.txt: one case name a line; `#` starts a comment (a whole line, or a reason
 * after the name). @returns {Map<string, string>} name -> reason ('' when none)
 */
export function readKnownFailures() {
  /** @type {Map<string, string>} */
  const known = new Map();
  if (!existsSync(knownFailuresFile)) return known;
  for (const line of readFileSync(knownFailuresFile, 'utf8').split('\n')) {
    const hash = line.indexOf('#');
    const name = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (name) known.set(name, hash >= 0 ? line.slice(hash + 1).trim() : '');
  }
  return known;
}
