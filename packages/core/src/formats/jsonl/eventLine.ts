/**
 * One event as its canonical JSON Lines line: `{"seq":N,"kind":"K",...fields}`, the fields in
 * the order `events/kinds.ts` declares them, no spaces. Hand-written rather than
 * JSON.stringify: it is the writer's hot path (see bench/jsonlBench.ts), and a fixed field
 * order is what makes re-exporting an imported log byte-identical.
 */
import { assertNever } from '../../errors.js';
import type { HeapEvent, Slot } from '../../events/kinds.js';
import { jsonString } from './lineFormat.js';

const slotJson = (slot: Slot): string => (typeof slot === 'number' ? String(slot) : jsonString(slot));
const ids = (xs: readonly number[]): string => `[${xs.join(',')}]`;

/** The boolean run of a `heap.alloc` line, from `"gc"` to `"weakref"`. */
export function allocFlagsJson(
  gc: boolean,
  tracked: boolean,
  sequence: boolean,
  finalizer: boolean,
  legacyDel: boolean,
  clearable: boolean,
  trashcan: boolean,
  counted: boolean,
  untrack: 'tuple' | 'dict' | null,
  weakref: boolean,
): string {
  return (
    `"gc":${gc},"tracked":${tracked},"sequence":${sequence},"finalizer":${finalizer},` +
    `"legacyDel":${legacyDel},"clearable":${clearable},"trashcan":${trashcan},"counted":${counted},` +
    `"untrack":${untrack === null ? 'null' : `"${untrack}"`},"weakref":${weakref}`
  );
}

/**
 * The source line current at `e` given the one current before it: a `program.line` event
 * moves it. Every line carries it as `"src"` (0 before the first `program.line`).
 */
export function srcAfter(e: HeapEvent, src: number): number {
  return e.kind === 'program.line' ? e.line : src;
}

/** The canonical line of `e`, without its newline; `src`: see {@link srcAfter}. */
export function eventLine(e: HeapEvent, src: number): string {
  const line = eventFields(e);
  return `${line.slice(0, -1)},"src":${src}}`;
}

function eventFields(e: HeapEvent): string {
  const head = `{"seq":${e.seq},"kind":"${e.kind}"`;
  switch (e.kind) {
    case 'heap.alloc':
      return `${head},"id":${e.id},"type":${jsonString(e.type)},"size":${e.size},"site":${jsonString(e.site)},${allocFlagsJson(
        e.gc, e.tracked, e.sequence, e.finalizer, e.legacyDel, e.clearable, e.trashcan, e.counted, e.untrack, e.weakref,
      )}}`;
    case 'heap.resize':
      return `${head},"id":${e.id},"oldSize":${e.oldSize},"size":${e.size}}`;
    case 'heap.free':
      return `${head},"id":${e.id},"counted":${e.counted}}`;
    case 'heap.finalize':
    case 'heap.defer':
    case 'gc.track':
    case 'gc.untrack':
    case 'gc.clear':
    case 'gc.save':
      return `${head},"id":${e.id}}`;
    case 'ref.take':
    case 'ref.drop':
      return `${head},"target":${e.target},"holder":${e.holder},"slot":${slotJson(e.slot)}}`;
    case 'ref.insert':
      return `${head},"target":${e.target},"holder":${e.holder},"slot":${slotJson(e.slot)},"position":${e.position}}`;
    case 'weakref.new':
    case 'weakref.clear':
      return `${head},"weakref":${e.weakref},"referent":${e.referent}}`;
    case 'weakref.callback':
      return `${head},"weakref":${e.weakref},"byCollector":${e.byCollector}}`;
    case 'gc.start':
      return `${head},"generation":${e.generation},"automatic":${e.automatic}}`;
    case 'gc.unreachable':
    case 'gc.uncollectable':
    case 'gc.resurrect':
      return `${head},"ids":${ids(e.ids)}}`;
    case 'gc.promote':
      return `${head},"from":${e.from},"to":${e.to},"count":${e.count}}`;
    case 'gc.done':
      return `${head},"generation":${e.generation},"collected":${e.collected},"uncollectable":${e.uncollectable}}`;
    case 'gc.config':
      return `${head},"setting":"${e.setting}","value":${e.value}}`;
    case 'root.add':
      return `${head},"root":${e.root},"name":${jsonString(e.name)}}`;
    case 'root.remove':
      return `${head},"root":${e.root}}`;
    case 'program.line':
      return `${head},"file":${jsonString(e.file)},"line":${e.line}}`;
    case 'program.output':
      return `${head},"stream":"${e.stream}","text":${jsonString(e.text)}}`;
    default:
      return assertNever(e, 'event');
  }
}
