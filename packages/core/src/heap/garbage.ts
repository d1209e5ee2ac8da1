import { AllocFlag, INTERPRETER_ROOT, Kind } from '../events/kinds.js';
import type { Engine } from './engine.js';

/**
 * The `gc.garbage` list: a real list object held by the interpreter root, created the first
 * time it is needed so that a heap nobody asks about starts empty.
 */
export function ensureGarbageList(E: Engine): number {
  if (E.garbageList !== 0 && E.state.isAlive(E.garbageList)) return E.garbageList;
  const id = E.state.objectCount + 1;
  const flags =
    AllocFlag.Gc | AllocFlag.Tracked | AllocFlag.Sequence | AllocFlag.Clearable | AllocFlag.Trashcan | AllocFlag.Counted;
  const i = E.log.appendAlloc(id, E.intern('list'), 56, E.intern('<gc module>'), flags);
  E.state.apply(i);
  E.emit(Kind.Take, id, INTERPRETER_ROOT, E.intern('gc.garbage'));
  E.garbageList = id;
  return id;
}
