import { Heap, type EventLog } from '@heapline/core';
import type { SourceFile } from '../model/session.js';

/** The script {@link notebookLog} records, as a source file of the log. */
export const NOTEBOOK_SOURCE = ['a = [1, 2]', 'b = a', 'del b', 'x = X(); y = X()', 'x.o = y; y.o = x', 'del x, y', 'gc.collect()', 'print("done")'].join('\n');

/** Ids of the interesting objects of {@link notebookLog}. */
export interface NotebookIds {
  readonly list: number;
  readonly x: number;
  readonly y: number;
  readonly cls: number;
}

/**
 * A small history with the notebook's moments, recorded through the Heap API (no interpreter):
 * a list whose refcount goes 1, 2, 1; two instances in a cycle, dropped, then collected (their
 * finalizers run); output written. Unit tests of the debugger's model run on it.
 */
export function notebookLog(typeName = 'X', output = 'done\n'): { log: EventLog; files: SourceFile[]; ids: NotebookIds } {
  const file = 'nb.py';
  const heap = new Heap();
  const g = heap.addRoot('frame <module>');
  heap.line(file, 1);
  const list = heap.alloc({ type: 'list', size: 72, gc: true, sequence: true, site: `${file}:1`, holder: g, slot: 'a' });
  heap.line(file, 2);
  heap.take(list, g, 'b');
  heap.line(file, 3);
  heap.drop(list, g, 'b');
  heap.line(file, 4);
  const cls = heap.alloc({ type: 'type', size: 1072, gc: true, holder: g, slot: typeName });
  const x = heap.alloc({ type: typeName, size: 48, gc: true, cls, site: `${file}:4`, holder: g, slot: 'x', finalizer: () => {} });
  const y = heap.alloc({ type: typeName, size: 48, gc: true, cls, site: `${file}:4`, holder: g, slot: 'y', finalizer: () => {} });
  heap.line(file, 5);
  heap.take(y, x, 'o');
  heap.take(x, y, 'o');
  heap.line(file, 6);
  heap.drop(x, g, 'x');
  heap.drop(y, g, 'y');
  heap.line(file, 7);
  heap.collect();
  heap.line(file, 8);
  heap.write('stdout', output);
  return { log: heap.log, files: [{ name: file, source: NOTEBOOK_SOURCE }], ids: { list, x, y, cls } };
}
