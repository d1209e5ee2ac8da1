import type { Session } from '../model/session.js';
import type { UiState } from '../state/uiState.js';

/** The heap pane's selected row and object at the state's cursor. */
export interface Selection {
  readonly row: number;
  readonly id: number;
}

/**
 * Resolves the selection at the cursor: the selected object's row while it is alive, else the
 * row the selection was on (clamped), so the selection stays put when its object dies. Null
 * when nothing is alive or the timeline is not built yet. The session must stand at the cursor.
 */
export function resolveSelection(session: Session, s: UiState): Selection | null {
  const tl = session.timeline;
  const n = session.table.size;
  if (!tl || n === 0) return null;
  const st = tl.state;
  let row = s.selected !== null ? session.table.rowOf(st, s.cursor, s.sort, s.selected) : -1;
  if (row < 0) row = Math.max(0, Math.min(n - 1, s.heapRow));
  return { row, id: session.table.idAt(st, s.cursor, s.sort, row) };
}
