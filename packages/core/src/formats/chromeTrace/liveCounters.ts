import type { HeapEvent } from '../../events/kinds.js';

/**
 * The few numbers a trace draws, kept up to date from the events alone (no log, no replay):
 * live objects and bytes, and `gc.get_count()`. Memory holds one entry per live object (its
 * size, whether it has a GC header, its type name) and nothing per event, so a stream of any
 * length can be followed.
 *
 * The counts follow CPython 3.11's gcmodule.c, as the engine's state does: a GC allocation that
 * counts increments gen0 (`_PyObject_GC_Link`), freeing a GC object decrements it if positive
 * (`PyObject_GC_Del`), collecting generation g zeroes generations 0..g and increments g+1
 * (gc_collect_main), and `gc.freeze()` zeroes all three.
 */
export class LiveCounters {
  objects = 0;
  bytes = 0;
  readonly count = [0, 0, 0];
  private readonly size = new Map<number, number>();
  private readonly gc = new Set<number>();
  private readonly type = new Map<number, string>();

  /** The type name of a live object ('' if unknown). */
  typeOf(id: number): string {
    return this.type.get(id) ?? '';
  }

  /** Size in bytes of a live object (0 if unknown). */
  sizeOf(id: number): number {
    return this.size.get(id) ?? 0;
  }

  /**
   * Applies one event. Returns bit 1 if live objects/bytes changed, bit 2 if a generation
   * count changed. Call it after reading what the event is about (a free forgets the object).
   */
  apply(e: HeapEvent): number {
    switch (e.kind) {
      case 'heap.alloc':
        this.objects++;
        this.bytes += e.size;
        this.size.set(e.id, e.size);
        this.type.set(e.id, e.type);
        if (e.gc) this.gc.add(e.id);
        if (e.gc && e.counted) {
          this.count[0]! += 1;
          return 3;
        }
        return 1;
      case 'heap.resize':
        this.bytes += e.size - this.sizeOf(e.id);
        this.size.set(e.id, e.size);
        return 1;
      case 'heap.free': {
        this.objects--;
        this.bytes -= this.sizeOf(e.id);
        this.size.delete(e.id);
        this.type.delete(e.id);
        const gc = this.gc.delete(e.id);
        if (e.counted && gc && this.count[0]! > 0) {
          this.count[0]! -= 1;
          return 3;
        }
        return 1;
      }
      case 'gc.start':
        if (e.generation < 2) this.count[e.generation + 1]! += 1;
        for (let g = 0; g <= e.generation && g < 3; g++) this.count[g] = 0;
        return 2;
      case 'gc.config':
        if (e.setting !== 'freeze') return 0;
        this.count.fill(0);
        return 2;
      default:
        return 0;
    }
  }
}
