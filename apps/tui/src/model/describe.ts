import type { HeapEvent, HeapState, Slot } from '@heapline/core';
import type { EventIndex } from './eventIndex.js';

/** What event descriptions read names from. */
export interface NameSource {
  readonly index: EventIndex;
  /** The state just after the event being described, when the timeline is ready. */
  readonly state?: HeapState | undefined;
}

/** `list #12`. */
export function objectName(src: NameSource, id: number): string {
  return `${src.index.typeOf(id)} #${id}`;
}

/** A holder: a root's name (`frame <module>`) or an object. */
export function holderName(src: NameSource, h: number): string {
  if (h > 0) return objectName(src, h);
  const root = src.state?.roots.get(h);
  return root ? src.index.log.strings.get(root.name) : src.index.rootName(h);
}

/** A slot as Python would write the access: `'a'` for a label, `[3]` for a position. */
export function slotName(slot: Slot): string {
  return typeof slot === 'number' ? `[${slot}]` : `'${slot}'`;
}

function baseName(file: string): string {
  const k = file.lastIndexOf('/');
  return k < 0 ? file : file.slice(k + 1);
}

function ids(src: NameSource, list: readonly number[], max = 4): string {
  const shown = list.slice(0, max).map((id) => objectName(src, id));
  return shown.join(', ') + (list.length > max ? `, … (${list.length} in all)` : '');
}

function refcount(src: NameSource, id: number): string {
  const s = src.state;
  return s && s.isAlive(id) ? ` (refcount ${s.refcnt[id]})` : '';
}

/**
 * Event `e` in words, its kind first: `ref.take: list #12 held by frame <module> slot 'a'
 * (refcount 2)`. Strings from the log are returned as they are: the caller escapes them.
 */
export function describeEvent(src: NameSource, e: HeapEvent, line?: string): string {
  const name = (id: number) => objectName(src, id);
  const what = ((): string => {
    switch (e.kind) {
      case 'heap.alloc':
        return `${e.type} #${e.id} allocated, ${e.size} B${e.site ? ` at ${baseName(e.site)}` : ''}${e.tracked ? ', tracked' : ''}`;
      case 'heap.resize':
        return `${name(e.id)} resized ${e.oldSize} → ${e.size} B`;
      case 'heap.free':
        return `${name(e.id)} freed`;
      case 'heap.finalize':
        return `${name(e.id)}.__del__ called`;
      case 'heap.defer':
        return `${name(e.id)} dealloc deferred by the trashcan`;
      case 'ref.take':
      case 'ref.insert':
        return `${name(e.target)} held by ${holderName(src, e.holder)} slot ${slotName(e.slot)}${refcount(src, e.target)}`;
      case 'ref.drop':
        return `${holderName(src, e.holder)} slot ${slotName(e.slot)} released ${name(e.target)}${refcount(src, e.target)}`;
      case 'gc.track':
        return `${name(e.id)} tracked by the collector`;
      case 'gc.untrack':
        return `${name(e.id)} untracked by the collector`;
      case 'weakref.new':
        return `${name(e.weakref)} refers weakly to ${name(e.referent)}`;
      case 'weakref.clear':
        return `${name(e.weakref)} cleared (${name(e.referent)} is dying)`;
      case 'weakref.callback':
        return `callback of ${name(e.weakref)} called${e.byCollector ? ' by the collector' : ''}`;
      case 'gc.start':
        return `collection of generation ${e.generation} starts (${e.automatic ? 'automatic' : 'gc.collect()'})`;
      case 'gc.unreachable':
        return e.ids.length === 0 ? 'nothing unreachable' : `${e.ids.length} unreachable: ${ids(src, e.ids)}`;
      case 'gc.uncollectable':
        return `${e.ids.length} uncollectable: ${ids(src, e.ids)}`;
      case 'gc.promote':
        return `${e.count} survivors promoted from generation ${e.from} to ${e.to}`;
      case 'gc.resurrect':
        return `${e.ids.length} resurrected: ${ids(src, e.ids)}`;
      case 'gc.clear':
        return `the collector clears ${name(e.id)}`;
      case 'gc.save':
        return `${name(e.id)} saved to gc.garbage`;
      case 'gc.done':
        return `generation ${e.generation} collected ${e.collected}, uncollectable ${e.uncollectable}`;
      case 'gc.config':
        return `${e.setting} = ${e.value}`;
      case 'root.add':
        return `${e.name} appears`;
      case 'root.remove':
        return `${holderName(src, e.root)} goes away`;
      case 'program.line':
        return `${baseName(e.file)}:${e.line}${line !== undefined ? `  ${line.trim()}` : ''}`;
      case 'program.output':
        return `${e.stream} ${JSON.stringify(e.text)}`;
    }
  })();
  return `${e.kind}: ${what}`;
}
