import type { PathEdge } from '@heapline/core';
import type { Session } from '../model/session.js';
import type { UiState } from '../state/uiState.js';
import type { Style } from './markup.js';

/** Answers that walk the heap, computed after a frame is drawn (null: not computed yet). */
export interface Deferred {
  /** Objects alive but unreachable at the cursor (garbage waiting for the collector). */
  readonly pending: ReadonlySet<number> | null;
  /** A retaining path of the inspected object at the cursor. */
  readonly path: readonly PathEdge[] | null;
}

/** What every pane renderer reads. The session's timeline (if built) stands at `ui.cursor`. */
export interface RenderContext {
  readonly session: Session;
  readonly ui: UiState;
  readonly style: Style;
  readonly deferred: Deferred;
}

/** Inner size of a bordered pane. */
export interface Size {
  readonly width: number;
  readonly height: number;
}
