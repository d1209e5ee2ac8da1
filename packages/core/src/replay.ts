import type { EventLog } from './log/eventLog.js';
import { HeapState } from './state/heapState.js';

/**
 * Rebuilds the state a log describes by applying its events `[0, upTo)` in order, the same
 * code path the live heap uses. Throws a {@link HeapError} with code `HL_CORRUPT_LOG` naming
 * the first event that does not fit.
 *
 * @example
 * const state = replay(heap.log);
 * stateSnapshot(state); // equals stateSnapshot(heap.state)
 */
export function replay(log: EventLog, upTo = log.length): HeapState {
  const state = new HeapState(log);
  for (let i = 0; i < upTo; i++) state.apply(i);
  return state;
}
