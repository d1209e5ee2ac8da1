import { Heap, type HeapEvent } from '@heapline/core';

/**
 * The built-in demonstration: the notebook's two objects in a cycle, driven through the engine
 * API as the Python front end will drive it, printed as events and gc statistics.
 *
 *     obj1 = MyObject('obj1'); obj2 = MyObject('obj2')
 *     obj1.reference = obj2; obj2.reference = obj1
 *     del obj1; del obj2
 *     gc.collect()
 */
export function runDemo(out: (line: string) => void): void {
  const heap = new Heap();
  const globals = heap.addRoot('module __main__');
  const cls = heap.alloc({ type: 'type', size: 1072, site: 'demo.py:1', gc: true });
  heap.take(cls, globals, 'MyObject');
  const make = (name: string, line: number): number => {
    heap.line('demo.py', line);
    const obj = heap.alloc({
      type: 'MyObject',
      size: 56,
      site: `demo.py:${line}`,
      gc: true,
      cls,
      finalizer: (h) => (h as Heap).write('stdout', `Object ${name} deleted\n`),
    });
    heap.take(obj, globals, name);
    heap.write('stdout', `Object ${name} created\n`);
    return obj;
  };
  const obj1 = make('obj1', 8);
  const obj2 = make('obj2', 9);
  heap.line('demo.py', 11);
  heap.take(obj2, obj1, 'reference');
  heap.line('demo.py', 12);
  heap.take(obj1, obj2, 'reference');
  heap.line('demo.py', 13);
  heap.drop(obj1, globals, 'obj1');
  heap.line('demo.py', 14);
  heap.drop(obj2, globals, 'obj2');
  heap.line('demo.py', 15);
  const collected = heap.collect();

  out(`# ${heap.log.length} events`);
  for (const e of heap.log.events()) out(describeEvent(e, heap));
  out('');
  out(`gc.collect() returned ${collected}`);
  out(`gc.get_stats(): ${JSON.stringify(heap.getStats())}`);
  out(`gc.get_count(): (${heap.getCount().join(', ')})`);
}

function describeEvent(e: HeapEvent, heap: Heap): string {
  const { seq, kind, ...rest } = e;
  void heap;
  const fields = Object.entries(rest)
    .filter(([, v]) => v !== false && v !== null && v !== '')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  return `${String(seq).padStart(3)}  ${kind.padEnd(16)} ${fields}`;
}
