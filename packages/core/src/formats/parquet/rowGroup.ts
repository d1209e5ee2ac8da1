import type { ColumnSource } from 'hyparquet-writer';
import { assertNever } from '../../errors.js';
import { AllocFlag, type HeapEvent } from '../../events/kinds.js';
import { PARQUET_COLUMNS, type ParquetColumnName } from './columns.js';

type Cell = string | number | boolean | readonly number[] | null;

/**
 * The rows of one Parquet row group, column by column: events are spread into the columns of
 * {@link PARQUET_COLUMNS} as they arrive, then handed to the writer in one go. Each column is an
 * array of nulls ("not set" in a nullable Parquet column) allocated once and refilled after each
 * group is written (hyparquet-writer reads them synchronously), which costs a third of growing
 * fresh arrays per group.
 */
export class RowGroup {
  private readonly seq: Int32Array;
  private readonly kind: string[];
  private readonly cells: Record<Exclude<ParquetColumnName, 'seq' | 'kind'>, Cell[]>;
  private n = 0;
  /** The source position carried from one row to the next (and across row groups). */
  srcFile: string | null = null;
  srcLine: number | null = null;

  constructor(readonly capacity: number) {
    this.seq = new Int32Array(capacity);
    this.kind = new Array<string>(capacity).fill('');
    const cells: Partial<Record<ParquetColumnName, Cell[]>> = {};
    for (const c of PARQUET_COLUMNS) if (c.name !== 'seq' && c.name !== 'kind') cells[c.name] = new Array<Cell>(capacity).fill(null);
    this.cells = cells as Record<Exclude<ParquetColumnName, 'seq' | 'kind'>, Cell[]>;
  }

  get length(): number {
    return this.n;
  }

  get full(): boolean {
    return this.n === this.capacity;
  }

  /** Adds one event as the next row. */
  add(e: HeapEvent): void {
    const r = this.n++;
    const c = this.cells;
    this.seq[r] = e.seq;
    this.kind[r] = e.kind;
    switch (e.kind) {
      case 'heap.alloc':
        c.id[r] = e.id;
        c.type[r] = e.type;
        c.size[r] = e.size;
        c.site[r] = e.site;
        c.gc[r] = e.gc;
        c.tracked[r] = e.tracked;
        c.finalizer[r] = e.finalizer;
        c.counted[r] = e.counted;
        c.flags[r] = allocFlags(e);
        break;
      case 'heap.resize':
        c.id[r] = e.id;
        c.size[r] = e.size;
        c.old_size[r] = e.oldSize;
        break;
      case 'heap.free':
        c.id[r] = e.id;
        c.counted[r] = e.counted;
        break;
      case 'heap.finalize':
      case 'heap.defer':
      case 'gc.track':
      case 'gc.untrack':
      case 'gc.clear':
      case 'gc.save':
        c.id[r] = e.id;
        break;
      case 'ref.take':
      case 'ref.drop':
        c.id[r] = e.target;
        c.holder[r] = e.holder;
        if (typeof e.slot === 'number') c.position[r] = e.slot;
        else c.slot[r] = e.slot;
        break;
      case 'ref.insert':
        c.id[r] = e.target;
        c.holder[r] = e.holder;
        c.slot[r] = e.slot;
        c.position[r] = e.position;
        break;
      case 'weakref.new':
      case 'weakref.clear':
        c.id[r] = e.weakref;
        c.referent[r] = e.referent;
        break;
      case 'weakref.callback':
        c.id[r] = e.weakref;
        c.by_collector[r] = e.byCollector;
        break;
      case 'gc.start':
        c.generation[r] = e.generation;
        c.automatic[r] = e.automatic;
        break;
      case 'gc.unreachable':
      case 'gc.uncollectable':
      case 'gc.resurrect':
        c.count[r] = e.ids.length;
        c.ids[r] = e.ids;
        break;
      case 'gc.promote':
        c.generation[r] = e.from;
        c.to_generation[r] = e.to;
        c.count[r] = e.count;
        break;
      case 'gc.done':
        c.generation[r] = e.generation;
        c.collected[r] = e.collected;
        c.uncollectable[r] = e.uncollectable;
        break;
      case 'gc.config':
        c.setting[r] = e.setting;
        c.value[r] = e.value;
        break;
      case 'root.add':
        c.root[r] = e.root;
        c.name[r] = e.name;
        break;
      case 'root.remove':
        c.root[r] = e.root;
        break;
      case 'program.line':
        c.file[r] = e.file;
        c.line[r] = e.line;
        this.srcFile = e.file;
        this.srcLine = e.line;
        break;
      case 'program.output':
        c.stream[r] = e.stream;
        c.text[r] = e.text;
        break;
      default:
        assertNever(e, 'event');
    }
    c.src_file[r] = this.srcFile;
    c.src_line[r] = this.srcLine;
  }

  /** Empties the group for the next rows (the source position carries over). */
  reset(): void {
    for (const c of PARQUET_COLUMNS) if (c.name !== 'seq' && c.name !== 'kind') this.cells[c.name].fill(null, 0, this.n);
    this.n = 0;
  }

  /** The columns for the writer: the first `length` rows, valid until {@link reset}. */
  columns(): ColumnSource[] {
    const n = this.n;
    const out: ColumnSource[] = [
      { name: 'seq', data: n === this.capacity ? this.seq : this.seq.subarray(0, n), statistics: true },
      { name: 'kind', data: n === this.capacity ? this.kind : this.kind.slice(0, n), statistics: true },
    ];
    for (const c of PARQUET_COLUMNS) {
      if (c.name === 'seq' || c.name === 'kind') continue;
      const data = this.cells[c.name];
      out.push({ name: c.name, data: n === this.capacity ? data : data.slice(0, n), statistics: 'stats' in c });
    }
    return out;
  }
}

/** The allocation flags of a `heap.alloc` as the `AllocFlag` bit set. */
function allocFlags(e: Extract<HeapEvent, { kind: 'heap.alloc' }>): number {
  return (
    (e.gc ? AllocFlag.Gc : 0) |
    (e.tracked ? AllocFlag.Tracked : 0) |
    (e.sequence ? AllocFlag.Sequence : 0) |
    (e.finalizer ? AllocFlag.Finalizer : 0) |
    (e.legacyDel ? AllocFlag.LegacyDel : 0) |
    (e.clearable ? AllocFlag.Clearable : 0) |
    (e.trashcan ? AllocFlag.Trashcan : 0) |
    (e.counted ? AllocFlag.Counted : 0) |
    (e.untrack === 'tuple' ? AllocFlag.UntrackTuple : 0) |
    (e.untrack === 'dict' ? AllocFlag.UntrackDict : 0) |
    (e.weakref ? AllocFlag.Weakref : 0)
  );
}

