/** How the log commands end on bad input: one escaped line on stderr and exit status 2. */
import { escapeControl } from '@heapline/core';

/**
 * Runs `action`; a `HeapError` (bad log, unreadable file) becomes one line on stderr, with
 * control characters from the log made visible, and exit status 2. Other errors propagate (the
 * CLI reports them as internal errors).
 */
export async function withInputErrors(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'HeapError') throw error;
    process.stderr.write(`heapline: ${escapeControl(error.message)}\n`);
    process.exitCode = 2;
  }
}
