import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { exportDot, exportHeapSnapshot, HeapError, type Timeline } from '@heapline/core';

/** Writes chunks to a file as they come (a heap snapshot of a large heap is large). */
function toFile(path: string, write: (sink: (chunk: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    write((chunk) => void writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
}

/**
 * `e` in the debugger: the heap just after event `at` written to `dir` as a V8 `.heapsnapshot`
 * (Chrome DevTools, memlab) and as Graphviz DOT. The DOT file draws the neighbourhood of
 * `focus` (the inspected or selected object, two references either way) when there is one, the
 * whole heap otherwise; a heap too large to draw gets no DOT file and a note instead of its
 * path. Returns what was written.
 */
export function exportHeapFiles(tl: Timeline, at: number, focus: number | null, dir: string): string[] {
  const base = join(dir, `heapline-event-${at}`);
  const written: string[] = [];
  toFile(`${base}.heapsnapshot`, (sink) => exportHeapSnapshot(tl, sink, at));
  written.push(`${base}.heapsnapshot`);
  const dot = focus !== null && tl.seek(at).state.isAlive(focus) ? `${base}-object-${focus}.dot` : `${base}.dot`;
  try {
    let text = '';
    exportDot(tl, (c) => (text += c), { at, ...(dot.includes('-object-') && focus !== null ? { focus, depth: 2 } : {}) });
    toFile(dot, (sink) => sink(text));
    written.push(dot);
  } catch (error) {
    if (!(error instanceof HeapError)) throw error;
    written.push('no DOT (heap too large to draw: select an object first)');
  }
  return written;
}
