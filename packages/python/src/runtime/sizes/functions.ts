/**
 * Functions, closures, methods, generators and frames (3.11).
 *
 * `def` / `lambda` (MAKE_FUNCTION) allocates a 152-byte function object (16 GC + 136), on the
 * line of the `def` (of the `def` keyword for decorated functions), in the frame that executes
 * the statement. It lives as long as the function is referenced. Besides it, built at the same
 * line by the instructions before MAKE_FUNCTION:
 * - defaults: a tuple — none if all defaults are constants (a code constant);
 * - keyword-only defaults: a dict (BUILD_MAP / BUILD_CONST_KEY_MAP, see dict.ts);
 * - annotations: a tuple (name, value, name, value, ..., 'return', value) — none when all are
 *   constants (strings);
 * - closure: a tuple of the captured cells (BUILD_TUPLE).
 * Code objects are compile-time constants: nothing at run time.
 *
 * Cells (40 B) are made by MAKE_CELL in the prologue of the function that *owns* the variable,
 * before its RESUME: at that point the new frame is "incomplete" and invisible to tracemalloc,
 * so a cell is attributed to the *caller's* frame, at the line of the call.
 *
 * A generator object embeds its frame: 16 (GC) + 152 + 8 · (co_nlocalsplus + co_stacksize);
 * getsizeof gives the same. It is made by RETURN_GENERATOR before RESUME, so it is attributed
 * to the caller's line too. The generator's frame holds its function, which stays alive with it.
 *
 * Frame objects exist only when something asks for one (a traceback, `sys._getframe`,
 * `gen.gi_frame`...): 16 (GC) + 120 + 8 · (co_nlocalsplus + co_stacksize). Frames of calls live
 * on the thread's data stack, which is not traced.
 */
import { GC_HEADER_SIZE, POINTER_SIZE } from './layout.js';
import { tupleBlockSize } from './tuple.js';

export const FUNCTION_BLOCK = GC_HEADER_SIZE + 136;
export const CELL_BLOCK = GC_HEADER_SIZE + 24;
/** A bound method (`PyMethodObject`): made by `obj.method` when not called at once (LOAD_METHOD avoids it). */
export const METHOD_BLOCK = GC_HEADER_SIZE + 48;
/** A bound builtin method such as `lst.append`. */
export const BUILTIN_METHOD_BLOCK = GC_HEADER_SIZE + 56;
export const PROPERTY_BLOCK = GC_HEADER_SIZE + 64;
/** staticmethod / classmethod objects (they also get a `__dict__`, copied from the function's). */
export const STATICMETHOD_BLOCK = GC_HEADER_SIZE + 32;
export const GENERATOR_BASIC_SIZE = 152;
export const FRAME_BASIC_SIZE = 120;
export const TRACEBACK_BLOCK = GC_HEADER_SIZE + 40;

/** The blocks `def` / `lambda` allocates, besides the function itself. */
export interface FunctionDefinition {
  /** Positional defaults, and whether they are all constants. */
  readonly defaults?: { readonly count: number; readonly allConstant: boolean };
  /** Annotations tuple length (2 per annotation), and whether it is constant. */
  readonly annotations?: { readonly count: number; readonly allConstant: boolean };
  /** Number of free variables (cells captured). */
  readonly freeVars?: number;
}

/** Sizes of the blocks made at a `def` line: function, defaults tuple, annotations tuple, closure tuple. */
export function functionDefinitionBlocks(def: FunctionDefinition = {}): number[] {
  const blocks = [FUNCTION_BLOCK];
  const tuple = (n: number): void => {
    const size = tupleBlockSize(n);
    if (size !== null) blocks.push(size);
  };
  if (def.defaults && !def.defaults.allConstant) tuple(def.defaults.count);
  if (def.annotations && !def.annotations.allConstant) tuple(def.annotations.count * 2);
  if (def.freeVars) tuple(def.freeVars);
  return blocks;
}

/** Block (= getsizeof) of a generator, coroutine or async generator object. */
export function generatorBlock(nlocalsplus: number, stacksize: number): number {
  return GC_HEADER_SIZE + GENERATOR_BASIC_SIZE + POINTER_SIZE * (nlocalsplus + stacksize);
}

/** Block (= getsizeof) of a frame object. */
export function frameObjectBlock(nlocalsplus: number, stacksize: number): number {
  return GC_HEADER_SIZE + FRAME_BASIC_SIZE + POINTER_SIZE * (nlocalsplus + stacksize);
}
