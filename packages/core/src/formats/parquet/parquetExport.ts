import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { ErrorCode, fail } from '../../errors.js';
import { EVENT_FORMAT_VERSION, SIMULATED_PYTHON, type HeapEvent } from '../../events/kinds.js';
import { parquetSchema } from './columns.js';
import { RowGroup } from './rowGroup.js';

/** Receives the bytes of an export, in order. The chunk is the sink's to keep. */
export type ByteSink = (chunk: Uint8Array) => void;

/** Options of {@link ParquetExport}. */
export interface ParquetExportOptions {
  /** Rows per row group; default 131,072 (readers parallelise and skip by row group). */
  readonly rowGroupSize?: number;
  /** Extra key-value metadata stored in the file footer (e.g. the source file names). */
  readonly metadata?: Readonly<Record<string, string>>;
}

const FLUSH_BYTES = 1 << 20;

/**
 * A hyparquet-writer `Writer` that hands its bytes to a sink instead of keeping the file in
 * memory: at most about a megabyte is buffered (hyparquet-writer never seeks back, as its own
 * node file writer relies on).
 */
class SinkWriter extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(FLUSH_BYTES * 2);
  }
  override ensure(size: number): void {
    if (this.index > FLUSH_BYTES) this.flush();
    super.ensure(size);
  }
  flush(): void {
    if (this.index === 0) return;
    this.sink(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
}

/**
 * Writes an event log as Parquet, one row per event with typed columns (see
 * {@link PARQUET_COLUMNS} and docs/exports.md), for DuckDB, pandas, Polars and Spark. Events are
 * pushed in order; each full row group is encoded and handed to the sink, so memory holds one
 * row group whatever the log's length.
 *
 * @example
 * const chunks: Uint8Array[] = [];
 * const pq = new ParquetExport((c) => chunks.push(c));
 * for (const e of heap.log.events()) pq.push(e);
 * pq.end();
 */
export class ParquetExport {
  private readonly writer: ParquetWriter;
  private readonly out: SinkWriter;
  private readonly rowGroupSize: number;
  private readonly group: RowGroup;
  private next = 0;
  private ended = false;

  constructor(sink: ByteSink, options: ParquetExportOptions = {}) {
    const size = options.rowGroupSize ?? 1 << 17;
    if (!Number.isSafeInteger(size) || size <= 0) fail(ErrorCode.InvalidArgument, `row group size must be a positive integer, not ${size}`);
    this.rowGroupSize = size;
    this.out = new SinkWriter(sink);
    const kv = { 'heapline.format_version': String(EVENT_FORMAT_VERSION), 'heapline.python': SIMULATED_PYTHON, ...options.metadata };
    this.writer = new ParquetWriter({
      writer: this.out,
      schema: parquetSchema(),
      kvMetadata: Object.entries(kv).map(([key, value]) => ({ key, value })),
      createdBy: 'heapline',
    });
    this.group = new RowGroup(size);
  }

  /** Rows written so far. */
  get rows(): number {
    return this.next;
  }

  /** Adds the next event (events must come in log order, from 0). */
  push(e: HeapEvent): void {
    if (this.ended) fail(ErrorCode.InvalidArgument, 'the Parquet export has already ended');
    if (e.seq !== this.next) fail(ErrorCode.InvalidArgument, `event ${e.seq} pushed out of order (expected ${this.next})`);
    this.next++;
    this.group.add(e);
    if (this.group.full) this.flushGroup();
  }

  /** Writes the last row group and the footer. */
  end(): void {
    if (this.ended) return;
    if (this.group.length > 0) this.flushGroup();
    this.ended = true;
    void this.writer.finish();
  }

  private flushGroup(): void {
    // The sink writer is synchronous, so the write is done (and the columns free) on return.
    void this.writer.write({ columnData: this.group.columns(), rowGroupSize: this.rowGroupSize });
    this.group.reset();
  }
}

/** Exports `events` (in log order) as a Parquet file through `sink`. */
export function exportParquet(events: Iterable<HeapEvent>, sink: ByteSink, options: ParquetExportOptions = {}): number {
  const pq = new ParquetExport(sink, options);
  for (const e of events) pq.push(e);
  pq.end();
  return pq.rows;
}
