/**
 * Argument checking for the tracemalloc natives, with CPython 3.11's messages: Python-level
 * functions of Lib/tracemalloc.py (`Snapshot.statistics() missing 1 required positional
 * argument: 'key_type'`) and the C functions of `_tracemalloc` (`start expected at most 1
 * argument, got 2`).
 */
import type { Interp } from '../interp.js';
import type { Kwargs, PyObject } from '../objects.js';

/** A parameter of a Python function: its name and whether it has a default. */
export type Param = readonly [name: string, optional?: boolean];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds `args` (self included for methods) and `kw` to `params` as CPython binds a Python
 * function's arguments; raises its TypeErrors. Returns one value per parameter (undefined for
 * an omitted optional one).
 */
export function bindPython(rt: Interp, qualname: string, params: readonly Param[], args: readonly PyObject[], kw: Kwargs): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = params.map((_, i) => args[i]);
  // Keywords first (initialize_locals), then too many positional, then missing ones.
  for (const [k, v] of kw) {
    const i = params.findIndex(([name]) => name === k);
    if (i < 0) rt.raise('TypeError', `${qualname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) rt.raise('TypeError', `${qualname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  if (args.length > params.length) {
    const required = params.filter(([, opt]) => !opt).length;
    const takes = required === params.length ? plural(params.length, 'positional argument') : `from ${required} to ${params.length} positional arguments`;
    rt.raise('TypeError', `${qualname}() takes ${takes} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  const missing = params.filter(([, opt], i) => !opt && out[i] === undefined).map(([name]) => name);
  if (missing.length > 0) {
    rt.raise('TypeError', `${qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
  }
  return out;
}

/** A METH_NOARGS C function. */
export function noArgs(rt: Interp, name: string, args: readonly PyObject[], kw: Kwargs): void {
  if (kw.length > 0) rt.raise('TypeError', `_tracemalloc.${name}() takes no keyword arguments`);
  if (args.length > 0) rt.raise('TypeError', `_tracemalloc.${name}() takes no arguments (${args.length} given)`);
}

/** A METH_O C function. */
export function oneArg(rt: Interp, name: string, args: readonly PyObject[], kw: Kwargs): PyObject {
  if (kw.length > 0) rt.raise('TypeError', `_tracemalloc.${name}() takes no keyword arguments`);
  if (args.length !== 1) rt.raise('TypeError', `_tracemalloc.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** An Argument Clinic function with positional-only parameters `min`..`max`. */
export function positional(rt: Interp, name: string, min: number, max: number, args: readonly PyObject[], kw: Kwargs): void {
  if (kw.length > 0) rt.raise('TypeError', `_tracemalloc.${name}() takes no keyword arguments`);
  if (args.length > max) {
    rt.raise('TypeError', min === max ? `${name} expected ${plural(max, 'argument')}, got ${args.length}` : `${name} expected at most ${plural(max, 'argument')}, got ${args.length}`);
  }
  if (args.length < min) {
    rt.raise('TypeError', min === max ? `${name} expected ${plural(min, 'argument')}, got ${args.length}` : `${name} expected at least ${plural(min, 'argument')}, got ${args.length}`);
  }
}
