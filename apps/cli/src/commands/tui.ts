/** `heapline tui FILE.py|LOG`: the time-travel debugger on a script's or a log's heap history. */
import { ErrorCode, HeapError } from '@heapline/core';
import { withInputErrors } from './failure.js';
import { openInput } from '../input.js';
import { progressBar } from '../progress.js';

/**
 * Loads `path` (a `.py` is run first, its log kept in memory) and opens the debugger on it.
 * Needs a terminal on stdin and stdout: otherwise one line on stderr and exit status 2.
 */
export async function tuiCommand(path: string): Promise<void> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    const which = !process.stdout.isTTY ? 'stdout' : 'stdin';
    process.stderr.write(`heapline: tui needs a terminal, but ${which} is not one (for text output use 'heapline run' or 'heapline stats')\n`);
    process.exitCode = 2;
    return;
  }
  await withInputErrors(async () => {
    const bar = progressBar(path.endsWith('.py') ? 'running' : 'reading');
    const input = await openInput(path, { allowTruncated: true, onProgress: bar.update }).finally(bar.stop);
    if (input.log.length === 0) {
      const hint = path.endsWith('.py') ? ` (does it run? 'heapline run ${path}' shows why not)` : '';
      throw new HeapError(ErrorCode.InvalidArgument, `${path}: no events to show${hint}`);
    }
    const { runTui } = await import('@heapline/tui');
    await runTui({ log: input.log, files: input.header.files });
  });
}
