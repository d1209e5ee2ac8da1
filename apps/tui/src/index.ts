/**
 * heapline's time-travel debugger (the public API of `@heapline/tui`): a blessed terminal app
 * that scrubs an event log backwards and forwards. Blessed lives only in `views/`; the keymap,
 * the UI reducer, the controller and the frame renderer run (and are tested) without a screen.
 */
export { openTui, runTui, noColor, type TuiHandle, type TuiOptions } from './app.js';
export { Session, type SourceFile, type OutputLine } from './model/session.js';
export { KEYMAP, COMMANDS, matchKey, conflicts, type Binding, type CommandId, type KeyPress } from './keymap/keymap.js';
export { reduce, initialState, PANES, SPEEDS, type Action, type PaneId, type UiState } from './state/uiState.js';
export { Controller, type Effects } from './controller/controller.js';
export { buildFrame, type Frame, type PaneContent } from './render/frame.js';
export { MIN_WIDTH, MIN_HEIGHT } from './render/layout.js';
export { exportHeapFiles } from './export/exportHeap.js';
