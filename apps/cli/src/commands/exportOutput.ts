/**
 * Where `heapline export` writes: a file, written under a temporary name in the same directory
 * and renamed over the target only once the export has finished (so an interrupted or failed
 * export never leaves a partial file that looks complete), or stdout with `-o -`. A name ending
 * in `.gz` is gzipped, one gzip member per chunk (a multi-member stream every gunzip reads), so
 * writing stays synchronous and memory stays at one chunk. An existing target that is not a
 * regular file (`/dev/null`, a named pipe) is written to directly: there is nothing to rename over.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ErrorCode, HeapError } from '@heapline/core';

/** An export's destination. */
export interface Output {
  /** What to call it in messages ('-' for stdout). */
  readonly name: string;
  write(chunk: string | Uint8Array): void;
  /** Makes the file appear under its name (a no-op for stdout). */
  commit(): void;
  /** Removes the temporary file (a no-op for stdout). */
  abort(): void;
}

const ioError = (message: string): HeapError => new HeapError(ErrorCode.Io, message);

/** Opens `-` (stdout) or a file to be committed under `path`. */
export function openOutput(path: string): Output {
  if (path === '-') {
    return {
      name: '-',
      write: (chunk) => {
        process.stdout.write(chunk);
      },
      commit: () => {},
      abort: () => {},
    };
  }
  const special = isSpecial(path);
  const tmp = special ? path : join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let fd: number;
  try {
    fd = openSync(tmp, special ? 'w' : 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code);
    throw ioError(`cannot write '${path}': ${why}`);
  }
  const gz = path.endsWith('.gz');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const removeTemp = (): void => {
    if (special) return;
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  return {
    name: path,
    write: (chunk) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        writeSync(fd, gz ? gzipSync(bytes) : bytes);
      } catch (error) {
        throw ioError(`cannot write '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    },
    commit: () => {
      close();
      if (special) return;
      try {
        renameSync(tmp, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        removeTemp();
        throw ioError(`cannot write '${path}': ${code === 'EISDIR' ? 'it is a directory' : String(code)}`);
      }
    },
    abort: () => {
      close();
      removeTemp();
    },
  };
}

function isSpecial(path: string): boolean {
  try {
    const s = statSync(path);
    return !s.isFile() && !s.isDirectory();
  } catch {
    return false;
  }
}
