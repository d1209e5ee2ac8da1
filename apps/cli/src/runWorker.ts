/** Worker-thread entry of `heapline run` (see runCommand). */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunCommandOptions } from './run.js';
import { runInThisThread } from './runInThread.js';

const { file, options } = workerData as { file: string; options: RunCommandOptions };
const status = runInThisThread(file, options);
parentPort!.postMessage({ status });
