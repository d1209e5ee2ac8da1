/**
 * The `__main__` module's globals dict. It is an ordinary str-keyed dict: binding a *new*
 * global name (assignment, `def`, `class`, `import`, `for` target, `global` store) inserts into
 * it, and when its keys table is full that insertion allocates a bigger keys block — traced at
 * the line of the binding statement — and frees the old one. `del name` leaves a dummy entry
 * that still counts towards the table's fill.
 *
 * When `python3 script.py` starts running the script, the dict holds 9 names, inserted in this
 * order: `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`, `__annotations__`,
 * `__builtins__`, `__file__`, `__cached__` — a log2-4 table (208-byte keys block, room for 10
 * entries). The 10th entry fills it, the 11th moves to log2 5 (400 B, 21 entries), the 22nd to
 * log2 6 (768 B, 42 entries), etc. (measured: see README.md, experiments `module_globals*`).
 */
import { dictDelete, dictFromInsertions, dictInsert, type DictStep, type DictStorage } from './dict.js';

/** Names in `globals()` when a script's first statement runs (CPython 3.11 `python3 script.py`). */
export const MAIN_MODULE_INITIAL_NAMES = [
  '__name__',
  '__doc__',
  '__package__',
  '__loader__',
  '__spec__',
  '__annotations__',
  '__builtins__',
  '__file__',
  '__cached__',
] as const;

/** The globals dict's storage when the script starts. */
export function mainModuleGlobals(): DictStorage {
  return dictFromInsertions(MAIN_MODULE_INITIAL_NAMES.map(() => true)).storage;
}

/**
 * Tracks which names a module dict holds, so that stores of new names and deletions are
 * applied to its storage; each returns the block operations (a keys reallocation when the
 * table overflows).
 */
export class ModuleGlobals {
  private readonly names = new Set<string>(MAIN_MODULE_INITIAL_NAMES);
  storage: DictStorage = mainModuleGlobals();

  /** `name = value` at module level (any binding). */
  store(name: string): DictStep {
    const isNew = !this.names.has(name);
    this.names.add(name);
    const step = dictInsert(this.storage, true, isNew);
    this.storage = step.storage;
    return step;
  }

  /** `del name` at module level. */
  delete(name: string): DictStep {
    if (!this.names.delete(name)) return { storage: this.storage, ops: [] };
    const step = dictDelete(this.storage);
    this.storage = step.storage;
    return step;
  }
}
