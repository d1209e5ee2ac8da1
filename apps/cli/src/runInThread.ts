/** `heapline run` inside the worker thread: the interpreter and the log writer. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { EVENT_FORMAT_VERSION, SIMULATED_PYTHON, type Heap } from '@heapline/core';
import { runPython } from '@heapline/python';
import { scriptPath, type RunCommandOptions } from './run.js';

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
      if (e.kind === 'program.line') this.line = e.line ?? this.line;
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
