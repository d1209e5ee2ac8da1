import { Observable } from 'rxjs/internal/Observable';
import type { EventLog } from '../log/eventLog.js';
import { HeapState } from '../state/heapState.js';

/**
 * The state of a growing log, kept up to date batch by batch: on subscription it applies every
 * event appended so far and emits; then, for each batch the log delivers, it applies the new
 * events and emits again. The state is the stream's own (a replay); treat it as read-only.
 * Derived streams (refcount, gc stats, live bytes by type, generation counts) are operators on
 * this one, and equally on {@link cursorStates$}.
 */
export function followLog(log: EventLog): Observable<HeapState> {
  return new Observable<HeapState>((subscriber) => {
    const s = new HeapState(log);
    const catchUp = (): void => {
      while (s.applied < log.length) s.apply(s.applied);
    };
    catchUp();
    subscriber.next(s);
    const sub = log.batches$.subscribe({
      next: (batch) => {
        if (batch.to <= s.applied) return;
        try {
          while (s.applied < batch.to) s.apply(s.applied);
        } catch (error) {
          subscriber.error(error);
          return;
        }
        subscriber.next(s);
      },
      error: (e) => subscriber.error(e),
      complete: () => subscriber.complete(),
    });
    return () => sub.unsubscribe();
  });
}
