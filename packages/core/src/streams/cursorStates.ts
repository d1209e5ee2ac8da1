import type { Observable } from 'rxjs';
import { map } from 'rxjs/internal/operators/map';
import type { HeapState } from '../state/heapState.js';
import type { Timeline } from '../timeline/timeline.js';

/**
 * The timeline's state at each cursor position `cursor$` emits (event indices; the state just
 * after each). The state emitted is the timeline's working state: read what you need before the
 * next cursor value moves it. An index out of range errors the stream with HL_INDEX_OUT_OF_RANGE.
 */
export function cursorStates$(tl: Timeline, cursor$: Observable<number>): Observable<HeapState> {
  return cursor$.pipe(map((i) => tl.seek(i).state));
}
