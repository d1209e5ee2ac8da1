/**
 * The layout of a V8 `.heapsnapshot` file, as V8 writes it (copied from a snapshot Node 20's
 * `v8.writeHeapSnapshot()` wrote on this project's machine): Chrome DevTools' Memory tab and
 * memlab read the node and edge arrays through these field lists, so they must match exactly.
 */

/** `snapshot.meta` of a V8 heap snapshot. */
export const SNAPSHOT_META = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
  node_types: [
    ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic', 'concatenated string', 'sliced string', 'symbol', 'bigint', 'object shape', 'wasm object'],
    'string',
    'number',
    'number',
    'number',
    'number',
    'number',
  ],
  edge_fields: ['type', 'name_or_index', 'to_node'],
  edge_types: [['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'], 'string_or_number', 'node'],
  trace_function_info_fields: ['function_id', 'name', 'script_name', 'script_id', 'line', 'column'],
  trace_node_fields: ['id', 'function_info_index', 'count', 'size', 'children'],
  sample_fields: ['timestamp_us', 'last_assigned_id'],
  location_fields: ['object_index', 'script_id', 'line', 'column'],
} as const;

/** Numbers per node in `nodes`. */
export const NODE_FIELDS = SNAPSHOT_META.node_fields.length;
/** Numbers per edge in `edges`. */
export const EDGE_FIELDS = SNAPSHOT_META.edge_fields.length;

/** Node type codes (indices into `node_types[0]`). */
export const NodeType = { object: 3, synthetic: 9 } as const;

/** Edge type codes (indices into `edge_types[0]`). */
export const EdgeType = { element: 1, property: 2, internal: 3 } as const;

/**
 * Snapshot node id of heapline object `id`: odd, as V8 gives heap objects, and a function of the
 * heapline id alone, so the same object has the same node id in every snapshot of one log (which
 * is what DevTools' Comparison view matches objects by). Id 1 is the root, as in V8.
 */
export function snapshotNodeId(id: number): number {
  return 2 * id + 1;
}

/** Node ids of the synthetic nodes (even, so they never meet an object's). */
export const SyntheticId = {
  root: 1,
  gcRoots: 2,
  pendingGarbage: 4,
  owned: 6,
  /** A heapline root (negative id `r`): its own synthetic node. */
  heaplineRoot: (r: number): number => 8 + 2 * -r,
} as const;
