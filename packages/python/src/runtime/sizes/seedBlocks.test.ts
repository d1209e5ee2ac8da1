/**
 * The seed notebook's tracemalloc cell, reproduced with the size model and the tracemalloc
 * model, against what CPython 3.11 printed (test-data/tracemalloc/seed_experiments.json, from
 * scripts/experiment_seed_blocks.py): the two 152-byte blocks are the function objects made by
 * the `def` statements executed after `tracemalloc.start()`, and one more global name would have
 * made `def main()` overflow the module's globals table.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TraceTable } from '../tracemalloc/index.js';
import { FUNCTION_BLOCK, MAIN_MODULE_INITIAL_NAMES, ModuleGlobals, type BlockOp } from './index.js';

interface Experiment {
  source: string;
  stdout: string;
}
const here = dirname(fileURLToPath(import.meta.url));
const experiments = (JSON.parse(readFileSync(join(here, '../../../test-data/tracemalloc/seed_experiments.json'), 'utf8')) as { experiments: Record<string, Experiment> })
  .experiments;

function experiment(name: string): Experiment {
  const e = experiments[name];
  if (!e) throw new Error(`no experiment ${name}`);
  return e;
}

/**
 * Runs the module-level statements of a seed-like script through the models: global bindings
 * update the globals dict; after `tracemalloc.start()`, `def` allocates a function object at its
 * line, and globals-table reallocations are traced at the binding's line. Function calls leave
 * nothing behind (their temporaries are all freed), which is what the seed's calls do.
 */
function simulate(source: string, filename: string): string[] {
  const globals = new ModuleGlobals();
  const table = new TraceTable();
  let blockId = 0;
  let keysBlock = -1;
  const applyOps = (ops: readonly BlockOp[], lineno: number): void => {
    for (const op of ops) {
      if (op.kind === 'malloc' && op.role === 'keys') {
        const old = keysBlock;
        keysBlock = ++blockId;
        table.onAlloc(keysBlock, op.size, [{ filename, lineno }]);
        if (old >= 0) table.onFree(old);
      }
    }
  };
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const lineno = index + 1;
    let m: RegExpMatchArray | null;
    if (line.startsWith('tracemalloc.start(')) {
      table.start();
    } else if ((m = line.match(/^def (\w+)/))) {
      table.onAlloc(++blockId, FUNCTION_BLOCK, [{ filename, lineno }]);
      applyOps(globals.store(m[1]!).ops, lineno);
    } else if ((m = line.match(/^(?:import|class|for) (\w+)/)) || (m = line.match(/^(\w+)\s*=[^=]/))) {
      applyOps(globals.store(m[1]!).ops, lineno);
    } else if ((m = line.match(/^del (.+)$/))) {
      for (const name of m[1]!.split(',')) globals.delete(name.trim());
    }
  });
  return table
    .takeSnapshot()
    .statistics('lineno')
    .slice(0, 10)
    .map((s) => s.toString());
}

function printedStatistics(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Top 10 memory usage lines:');
  return lines.slice(start + 1).filter((l) => l.length > 0);
}

describe('the seed tracemalloc cell', () => {
  it('prints the two def statements run after start(): 152-byte function objects', () => {
    const seed = experiment('seed');
    expect(simulate(seed.source, 'SCRIPT')).toEqual(printedStatistics(seed.stdout));
  });

  it('one more global name makes `def main()` reallocate the globals keys table', () => {
    const extra = experiment('seed_one_more_global');
    expect(simulate(extra.source, 'SCRIPT')).toEqual(printedStatistics(extra.stdout));
  });

  it('the initial globals of a script are the measured ones', () => {
    expect(experiment('module_globals').stdout).toContain(`initial globals: ${JSON.stringify([...MAIN_MODULE_INITIAL_NAMES, 'sys']).replace(/"/g, "'").replace(/,/g, ', ')}`);
  });

  it('the globals table of a script overflows at its 22nd entry', () => {
    const growth = experiment('module_globals_growth');
    const source = growth.source;
    // Every binding through the models, tracing from start(); compare the traced blocks.
    const globals = new ModuleGlobals();
    const traced: string[] = [];
    let tracing = false;
    source.split('\n').forEach((line, i) => {
      let m: RegExpMatchArray | null;
      if (line.startsWith('tracemalloc.start(')) tracing = true;
      else if ((m = line.match(/^(?:import|def) (\w+)/)) || (m = line.match(/^(\w+)\s*=[^=]/))) {
        for (const op of globals.store(m[1]!).ops) if (tracing && op.kind === 'malloc') traced.push(`(${i + 1}, ${op.size}, 1)`);
      }
    });
    expect(growth.stdout.trim()).toBe(`traces: [${traced.join(', ')}]`);
  });
});
