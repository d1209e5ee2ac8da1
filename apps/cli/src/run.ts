/** `heapline run FILE.py`: runs a script on the simulated heap, printing what CPython prints. */
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface RunCommandOptions {
  readonly log?: string;
  readonly maxEvents?: number;
  readonly maxSeconds?: number;
  /** Keep the program's stdout and stderr off the terminal (they are still in the log). */
  readonly quiet?: boolean;
}

export class UsageError extends Error {}

/** The path CPython 3.11 gives `__main__.__file__` and its code: cwd joined, not normalised. */
export function scriptPath(file: string): string {
  return isAbsolute(file) ? file : `${process.cwd()}/${file}`;
}

/**
 * The worker's entry: the one-file bundle `scripts/bundle-worker.mjs` makes after `tsc -b`
 * (much faster to load), unless it is missing or older than what it bundles: the compiled
 * entry, or in a checkout the last `tsc -b` of the engine, the interpreter or this package.
 */
function workerEntry(): URL {
  const plain = new URL('./runWorker.js', import.meta.url);
  const bundle = new URL('./runWorker.bundle.js', import.meta.url);
  const sources = [plain, ...['.tsbuildinfo', '../../../packages/core/dist/.tsbuildinfo', '../../../packages/python/dist/.tsbuildinfo'].map((p) => new URL(p, import.meta.url))];
  try {
    const built = statSync(bundle).mtimeMs;
    if (sources.every((s) => (statSync(s, { throwIfNoEntry: false })?.mtimeMs ?? 0) <= built)) return bundle;
  } catch {
    // no bundle: the modules as compiled
  }
  return plain;
}

/**
 * Runs `heapline run` in a worker thread with a large stack: the interpreter recurses in JS for
 * Python calls, and CPython's default recursion limit (1000) needs more than Node's main stack.
 */
export function runCommand(file: string, options: RunCommandOptions): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(workerEntry(), {
      workerData: { file, options },
      resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 8192 },
      stdout: false,
      stderr: false,
    });
    let status = 70;
    worker.on('message', (m: { status: number }) => (status = m.status));
    worker.on('error', (error) => {
      process.stderr.write(`heapline: internal error: ${error.message}\n`);
      if (process.env.HEAPLINE_DEBUG) process.stderr.write(`${error.stack}\n`);
      status = 70;
    });
    worker.on('exit', () => resolve(status));
  });
}

