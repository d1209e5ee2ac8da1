/**
 * immer, imported and configured once for the package: patches on (the timeline reports what
 * changed between two cursors as immer patches), auto-freeze on (snapshots are frozen).
 */
import { enablePatches, produceWithPatches, freeze, type Patch, type Draft } from 'immer';

enablePatches();

export { produceWithPatches, freeze, type Patch, type Draft };
