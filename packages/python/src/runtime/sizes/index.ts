/**
 * CPython 3.11's memory layout (64-bit, pymalloc): `sys.getsizeof` of each kind of object, the
 * blocks CPython allocates for it (the sizes tracemalloc traces), and how mutations reallocate
 * them. See README.md for the rules and the experiments behind them.
 */
export * from './layout.js';
export * from './list.js';
export * from './tuple.js';
export * from './dict.js';
export * from './set.js';
export * from './strings.js';
export * from './numbers.js';
export * from './instance.js';
export * from './classes.js';
export * from './functions.js';
export * from './objects.js';
export * from './freelists.js';
export * from './module.js';
