import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import fc from 'fast-check';
import { PARQUET_COLUMNS } from './columns.js';
import { exportParquet, ParquetExport } from './parquetExport.js';

function writeParquet(heap: Heap, rowGroupSize?: number): string {
  const chunks: Uint8Array[] = [];
  exportParquet(heap.log.events(), (c) => chunks.push(c), rowGroupSize !== undefined ? { rowGroupSize } : {});
  const path = join(mkdtempSync(join(tmpdir(), 'heapline-pq-')), 'events.parquet');
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
  }
}

/** A program with a cycle, a line marker, output, a collection and a resize. */
function sample(): Heap {
  const heap = new Heap();
  const g = heap.addRoot('module globals');
  heap.line('x.py', 1);
  const xs = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: g, slot: 'xs', site: 'x.py:1' });
  heap.line('x.py', 2);
  const n = heap.alloc({ type: 'int', size: 28, holder: xs, slot: 0, site: 'x.py:2' });
  heap.resize(xs, 88);
  const a = heap.alloc({ type: 'A', size: 48, gc: true, holder: g, slot: 'a', site: 'x.py:3' });
  heap.take(a, a, 'self');
  heap.take(n, a, "['k']");
  heap.write('stdout', 'hi\n');
  heap.drop(a, g, 'a');
  heap.collect();
  return heap;
}

describe('Parquet export, read back by DuckDB', () => {
  it('has one row per event with the schema columns, and the aggregates heapline counts', async () => {
    const heap = sample();
    const path = writeParquet(heap);
    const events = [...heap.log.events()];
    const cols = await query(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    expect(cols.map((c) => c.column_name)).toEqual(PARQUET_COLUMNS.map((c) => c.name));
    expect(cols.find((c) => c.column_name === 'ids')!.column_type).toBe('INTEGER[]');
    const byKind = await query(`SELECT kind, count(*)::INTEGER AS n FROM read_parquet('${path}') GROUP BY kind ORDER BY kind`);
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    expect(byKind).toEqual([...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([kind, n]) => ({ kind, n })));
    const [alloc] = await query(`SELECT sum(size)::INTEGER AS bytes, count(*)::INTEGER AS n FROM read_parquet('${path}') WHERE kind = 'heap.alloc'`);
    const allocs = events.filter((e) => e.kind === 'heap.alloc');
    expect(alloc).toEqual({ bytes: allocs.reduce((s, e) => s + e.size, 0), n: allocs.length });
  });

  it('puts each field in its typed column, nulls elsewhere', async () => {
    const heap = sample();
    const path = writeParquet(heap);
    const rows = await query(`SELECT * FROM read_parquet('${path}') ORDER BY seq`);
    expect(rows).toHaveLength(heap.log.length);
    rows.forEach((r, i) => expect(r.seq).toBe(i));
    const take = rows.find((r) => r.kind === 'ref.take' && r.slot === "['k']")!;
    expect(take).toMatchObject({ id: 2, holder: 3, position: null, src_file: 'x.py', src_line: 2, type: null });
    const item = rows.find((r) => r.kind === 'ref.take' && r.holder === 1)!;
    expect(item).toMatchObject({ id: 2, slot: null, position: 0 });
    expect(rows.find((r) => r.kind === 'heap.resize')).toMatchObject({ id: 1, size: 88, old_size: 56 });
    expect(rows.find((r) => r.kind === 'program.output')).toMatchObject({ stream: 'stdout', text: 'hi\n' });
    const unreachable = rows.find((r) => r.kind === 'gc.unreachable')!;
    expect(unreachable.ids).toEqual([3]);
    expect(rows.find((r) => r.kind === 'gc.done')).toMatchObject({ generation: 2, collected: 1, uncollectable: 0 });
    expect(rows[0]!.src_line).toBeNull();
  });

  it('property: over random histories and small row groups, DuckDB counts what the log holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 40 }), async (ops, group) => {
        const heap = runAll(ops);
        const path = writeParquet(heap, group);
        const [r] = await query(`SELECT count(*)::INTEGER AS n, count(DISTINCT seq)::INTEGER AS d, coalesce(sum(size) FILTER (kind = 'heap.alloc'), 0)::INTEGER AS bytes, count(*) FILTER (kind = 'heap.free')::INTEGER AS frees FROM read_parquet('${path}')`);
        const events = [...heap.log.events()];
        expect(r).toEqual({
          n: events.length,
          d: events.length,
          bytes: events.reduce((s, e) => s + (e.kind === 'heap.alloc' ? e.size : 0), 0),
          frees: events.filter((e) => e.kind === 'heap.free').length,
        });
      }),
      { numRuns: 15 },
    );
  });

  it('refuses events out of order with a typed error', () => {
    const heap = sample();
    const pq = new ParquetExport(() => undefined);
    expect(() => pq.push(heap.log.get(1))).toThrow(expect.objectContaining({ code: 'HL_INVALID_ARGUMENT' }));
  });
});
