/** Per-object state bits (besides the allocation flags, kept in the log's object table). */
export const ObjFlag = {
  Alive: 1,
  /** PEP 442: the finalizer has run (CPython's _PyGC_PREV_MASK_FINALIZED). */
  Finalized: 2,
  /** In the generation being collected (CPython's _PyGC_PREV_MASK_COLLECTING). */
  Collecting: 4,
  /** Its dealloc was deferred by the trashcan. */
  Deferred: 8,
} as const;
