/**
 * What the state tells a time-travel journal before it changes something (a write barrier).
 * The live engine runs without a journal; the {@link Timeline}'s working state runs with one,
 * so that it can undo everything since its last checkpoint. Each call comes before the change,
 * so the journal can copy the value it had.
 */
export interface JournalHooks {
  /** Object `id`'s refcount, flags, type, size or class is about to change. */
  obj(id: number): void;
  /** List node `n`'s links or list are about to change (node = object id + HEADS). */
  node(n: number): void;
  /** The edges of holder `h` (object, or negative root id: the root itself) are about to change. */
  holder(h: number): void;
  /** Weakref `wr`'s referent is about to change (set or cleared). */
  weakref(wr: number): void;
  /** The list of weakrefs to `target` is about to change. */
  weakList(target: number): void;
}
