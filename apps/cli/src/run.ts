/** `heapline run FILE.py`: runs a script on the simulated heap, printing what CPython prints. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EVENT_FORMAT_VERSION, SIMULATED_PYTHON, type Heap } from '@heapline/core';
import { runPython } from '@heapline/python';

export interface RunCommandOptions {
  readonly log?: string;
  readonly maxEvents?: number;
  readonly maxSeconds?: number;
}

export class UsageError extends Error {}

/** The path CPython 3.11 gives `__main__.__file__` and its code: cwd joined, not normalised. */
export function scriptPath(file: string): string {
  return isAbsolute(file) ? file : `${process.cwd()}/${file}`;
}

/** Streams the heap's events as JSON Lines to `fd`, from event `from`. */
class LogWriter {
  private next = 0;
  private line = 0;
  constructor(
    private readonly fd: number,
    private readonly heap: Heap,
  ) {}
  flush(): void {
    const log = this.heap.log;
    const n = log.length;
    let chunk = '';
    for (let i = this.next; i < n; i++) {
      const e = log.get(i) as { kind: string; line?: number };
      if (e.kind === 'line') this.line = e.line ?? this.line;
      chunk += JSON.stringify({ i, ...e, srcLine: this.line }) + '\n';
      if (chunk.length > 1 << 20) {
        writeSync(this.fd, chunk);
        chunk = '';
      }
    }
    if (chunk) writeSync(this.fd, chunk);
    this.next = n;
  }
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

export function runInThisThread(file: string, options: RunCommandOptions): number {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // CPython: "python3: can't open file '/abs/x.py': [Errno 2] No such file or directory"
    const reason = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : String(code);
    process.stderr.write(`heapline: can't open file '${scriptPath(file)}': ${reason}\n`);
    return 2;
  }
  const filename = scriptPath(file);
  let fd: number | null = null;
  let writer: LogWriter | null = null;
  if (options.log !== undefined) {
    try {
      fd = openSync(options.log, 'w');
    } catch (error) {
      process.stderr.write(`heapline: cannot write the log to '${options.log}': ${(error as Error).message}\n`);
      return 2;
    }
    const header = { format: 'heapline-events', version: EVENT_FORMAT_VERSION, python: SIMULATED_PYTHON, files: [{ name: filename, source }] };
    writeSync(fd, JSON.stringify(header) + '\n');
  }
  const out = { stdout: '', stderr: '' };
  const emit = (stream: 'stdout' | 'stderr', text: string): void => {
    out[stream] += text;
    if (out[stream].length > 1 << 16) flushOut(stream);
  };
  const flushOut = (stream: 'stdout' | 'stderr'): void => {
    if (out[stream]) {
      writeSync(stream === 'stdout' ? 1 : 2, out[stream]);
      out[stream] = '';
    }
  };
  const result = runPython(source, {
    filename,
    write: (stream, text) => {
      // Keep the two streams in the order they were written.
      flushOut(stream === 'stdout' ? 'stderr' : 'stdout');
      emit(stream, text);
    },
    argv: [file],
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
    ...(options.maxSeconds !== undefined ? { maxSeconds: options.maxSeconds } : {}),
    onHeap: (heap) => {
      if (fd !== null) writer = new LogWriter(fd, heap);
    },
    progress: () => (writer as LogWriter | null)?.flush(),
  });
  flushOut('stdout');
  flushOut('stderr');
  (writer as LogWriter | null)?.flush();
  if (fd !== null) closeSync(fd);
  if (result.budget) {
    const what = result.budget.kind === 'events' ? `the event budget (--max-events ${result.budget.limit})` : `the time budget (--max-seconds ${result.budget.limit})`;
    process.stderr.write(`heapline: stopped: the program exceeded ${what}${options.log !== undefined ? `; the log so far is in ${options.log}` : ''}\n`);
  }
  return result.status;
}
