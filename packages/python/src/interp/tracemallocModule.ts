/**
 * The tracemalloc module. The interpreter calls `installTracemalloc` at start-up, which makes
 * `rt.tm` (tracemalloc/state.ts); importing `tracemalloc` builds the module (tracemalloc/api.ts)
 * and installs the allocation hooks, which feed the blocks CPython 3.11 would allocate into the
 * trace model of runtime/tracemalloc. See tracemalloc/README.md.
 */
import type { Interp } from './interp.js';
import type { PyModule } from './objects.js';
import { makeTracemallocModule } from './tracemalloc/api.js';
import { TmState } from './tracemalloc/state.js';

export { TmState, TRACEMALLOC_FILE } from './tracemalloc/state.js';

export function installTracemalloc(rt: Interp): void {
  rt.tm = new TmState(rt);
  rt.moduleFactories.set('tracemalloc', makeModule);
}

function makeModule(rt: Interp): PyModule {
  // Freelists and instance layouts are followed from the import on (the measured start-up
  // state is the one right after `import tracemalloc`).
  const m = makeTracemallocModule(rt);
  rt.tm.install();
  return m;
}
