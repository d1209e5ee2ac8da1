/** `heapline run FILE.py`: runs a script on the simulated heap, printing what CPython prints. */
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
 * Runs `heapline run` in a worker thread with a large stack: the interpreter recurses in JS for
 * Python calls, and CPython's default recursion limit (1000) needs more than Node's main stack.
 */
export function runCommand(file: string, options: RunCommandOptions): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./runWorker.js', import.meta.url), {
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

