import type { Timeline } from '@heapline/core';
import type { CommandId } from '../keymap/keymap.js';
import type { Session } from '../model/session.js';
import type { UiState } from '../state/uiState.js';

/** Where a movement command takes the cursor, or why it cannot move. */
export type Move = { readonly index: number; readonly message?: string } | { readonly error: string };

/** The object the object commands (`w`, `W`, `a`, `f`) act on: the inspected one, else the selected one. */
export function focusObject(s: UiState): number | null {
  return s.inspected ?? s.selected;
}

/** The last event before `i` that changed `id`'s refcount or holders (collector-list moves skipped). */
export function previousReference(tl: Timeline, id: number, i: number): number {
  for (let at = i; at > 0; ) {
    const c = tl.previousChange(id, at);
    if (!c) return -1;
    if (c.what === 'reference') return c.event;
    at = c.event;
  }
  return -1;
}

/** The first event after `i` that changed `id`'s refcount or holders. */
export function nextReference(tl: Timeline, id: number, i: number): number {
  for (let at = i; at < tl.length - 1; ) {
    const c = tl.nextChange(id, at);
    if (!c) return -1;
    if (c.what === 'reference') return c.event;
    at = c.event;
  }
  return -1;
}

/**
 * The target of a movement command from the state `s` (undefined for commands that do not
 * move the cursor). Object commands need the timeline; the rest use the session's landmarks.
 */
export function navigate(session: Session, s: UiState, command: CommandId): Move | undefined {
  const i = s.cursor;
  const last = session.total - 1;
  const found = (index: number, none: string, message?: string): Move => (index < 0 ? { error: none } : { index, ...(message ? { message } : {}) });
  switch (command) {
    case 'timeline.stepForward':
      return i < last ? { index: i + 1 } : { error: 'at the last event' };
    case 'timeline.stepBack':
      return i > 0 ? { index: i - 1 } : { error: 'at the first event' };
    case 'timeline.first':
      return { index: 0 };
    case 'timeline.last':
      return { index: last };
    case 'timeline.nextLine':
      return found(session.index.lines.after(i), 'no later source line');
    case 'timeline.previousLine':
      return found(session.index.lines.before(i), 'no earlier source line');
    case 'timeline.nextCollection':
      return found(session.index.collections.after(i), 'no later collection');
    case 'timeline.previousCollection':
      return found(session.index.collections.before(i), 'no earlier collection');
    case 'object.previousChange':
    case 'object.nextChange':
    case 'object.allocation':
    case 'object.free':
      return objectMove(session, s, command);
    default:
      return undefined;
  }
}

function objectMove(session: Session, s: UiState, command: CommandId): Move {
  const id = focusObject(s);
  if (id === null) return { error: 'select an object in the heap pane first (↑/↓, Enter, or / to find one)' };
  const tl = session.build();
  const name = `${session.index.typeOf(id)} #${id}`;
  const i = s.cursor;
  switch (command) {
    case 'object.previousChange': {
      const e = previousReference(tl, id, i);
      return e < 0 ? { error: `no earlier change of ${name}'s refcount or holders` } : { index: e, message: `watch ${name}: previous change` };
    }
    case 'object.nextChange': {
      const e = nextReference(tl, id, i);
      return e < 0 ? { error: `no later change of ${name}'s refcount or holders` } : { index: e, message: `watch ${name}: next change` };
    }
    case 'object.allocation': {
      const e = tl.lifecycle(id).alloc;
      return e < 0 ? { error: `${name} has no allocation event` } : { index: e, message: `${name} allocated` };
    }
    default: {
      const e = tl.lifecycle(id).free;
      return e < 0 ? { error: `${name} is never freed in this log` } : { index: e, message: `${name} freed` };
    }
  }
}

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
