/** `heapline run` inside the worker thread: the interpreter and the log writer. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { JsonlLogWriter, endLine, headerLine, makeHeader, type Heap } from '@heapline/core';
import { runPython } from '@heapline/python';
import { scriptPath, type RunCommandOptions } from './run.js';

/** Streams the heap's events as JSON Lines to `fd` (the core writer's canonical lines). */
class LogWriter {
  private writer: JsonlLogWriter | null = null;
  /**
   * `write` takes bytes; a `.gz` log gets one gzip member per flushed chunk (a concatenation of
   * members is one valid gzip stream, and a killed run still leaves a readable prefix).
   */
  constructor(private readonly write: (bytes: Uint8Array) => void) {}
  attach(heap: Heap): void {
    this.writer = new JsonlLogWriter(heap.log);
  }
  /** A line of text: the header or the end line (ASCII, like every line). */
  text(line: string): void {
    this.write(Buffer.from(line + '\n', 'latin1'));
  }
  flush(): void {
    this.writer?.drainBytes(this.write);
  }
  /** The end line: the log is complete (a killed run leaves a file without one). */
  finish(): void {
    this.flush();
    this.text(endLine(this.writer?.written ?? 0));
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
  // With `quiet` (a .py input to another command), the program's output stays in the log only.
  const quiet = options.quiet === true;
  if (options.log !== undefined) {
    try {
      fd = openSync(options.log, 'w');
    } catch (error) {
      process.stderr.write(`heapline: cannot write the log to '${options.log}': ${(error as Error).message}\n`);
      return 2;
    }
    const out = fd;
    writer = new LogWriter(options.log.endsWith('.gz') ? (bytes) => writeSync(out, gzipSync(bytes)) : (bytes) => writeSync(out, bytes));
    writer.text(headerLine(makeHeader([{ name: filename, source }])));
  }
  const out = { stdout: '', stderr: '' };
  const emit = (stream: 'stdout' | 'stderr', text: string): void => {
    out[stream] += text;
    if (out[stream].length > 1 << 16) flushOut(stream);
  };
  const flushOut = (stream: 'stdout' | 'stderr'): void => {
    if (out[stream] && quiet) out[stream] = '';
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
    onHeap: (heap) => writer?.attach(heap),
    progress: () => (writer as LogWriter | null)?.flush(),
  });
  flushOut('stdout');
  flushOut('stderr');
  (writer as LogWriter | null)?.finish();
  if (fd !== null) closeSync(fd);
  if (result.budget) {
    const what = result.budget.kind === 'events' ? `the event budget (--max-events ${result.budget.limit})` : `the time budget (--max-seconds ${result.budget.limit})`;
    process.stderr.write(`heapline: stopped: the program exceeded ${what}${options.log !== undefined ? `; the log so far is in ${options.log}` : ''}\n`);
  }
  return result.status;
}
