import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { getFullHeapFromFile } from '@memlab/heap-analysis';
import { beforeAll, describe, expect, it } from 'vitest';

/** End-to-end: `heapline export` as a user runs it, each format opened by its real consumer. */
const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));
const seed = fileURLToPath(new URL('../examples/seed.py', import.meta.url));
const heapline = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

let dir: string;
let log: string;
let events: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heapline-export-'));
  log = join(dir, 'seed.jsonl');
  const r = heapline('run', seed, '--log', log);
  expect(r.status).toBe(0);
  events = readFileSync(log, 'utf8').trim().split('\n').length - 2; // header and end lines
});

describe('heapline export, from a heapline run --log output', () => {
  it('jsonl: re-exporting the log gives it back byte for byte', () => {
    const out = join(dir, 'again.jsonl');
    const r = heapline('export', log, '--format', 'jsonl', '-o', out);
    expect(r.status).toBe(0);
    // (Buffer.equals: a deep toEqual over 9 MB of bytes takes minutes)
    expect(readFileSync(out).equals(readFileSync(log))).toBe(true);
  });

  it('chrome-trace: a traceEvents array Perfetto reads, the output name derived from the input and said on stderr', () => {
    const r = heapline('export', log, '--format', 'chrome-trace', '--lifetimes', '50');
    expect(r.status).toBe(0);
    const out = join(dir, 'seed.trace.json');
    expect(r.stderr).toBe(`heapline: wrote ${out} (chrome-trace, ${events} events; ${r.stderr.match(/(\d+) lifetimes left out/)?.[1]} lifetimes left out (--lifetimes))\n`);
    const trace = JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: Array<{ ph: string; name: string; args: Record<string, number> }>; otherData: { events: number } };
    expect(trace.otherData.events).toBe(events);
    expect(trace.traceEvents.filter((e) => e.ph === 'b')).toHaveLength(50);
    const collections = trace.traceEvents.filter((e) => e.ph === 'X');
    expect(collections.length).toBeGreaterThan(0);
    expect(collections.some((e) => e.args.collected === 2 && e.args.unreachable === 2)).toBe(true); // seed.py's obj1 <-> obj2
    expect(trace.traceEvents.filter((e) => e.ph === 'i' && e.name === '__del__ MyObject').length).toBeGreaterThanOrEqual(2);
  });

  it('a .gz output name is gzipped (here a trace, which Perfetto opens as .json.gz)', () => {
    const out = join(dir, 'seed.trace.json.gz');
    expect(heapline('export', log, '--format', 'chrome-trace', '-o', out).status).toBe(0);
    const trace = JSON.parse(gunzipSync(readFileSync(out)).toString('utf8')) as { otherData: { events: number } };
    expect(trace.otherData.events).toBe(events);
  });

  it('heapsnapshot: memlab loads it; one object node per live object; the same object keeps its id across two moments', async () => {
    const end = join(dir, 'end.heapsnapshot');
    const r = heapline('export', log, '--format', 'heapsnapshot', '-o', end);
    expect(r.status).toBe(0);
    const live = Number(r.stderr.match(/: (\d+) objects/)?.[1]);
    const snap = await getFullHeapFromFile(end);
    let objects = 0;
    snap.nodes.forEach((n) => {
      if (n.type === 'object') objects++;
    });
    expect(objects).toBe(live);
    const mid = Math.floor(events / 2);
    const r2 = heapline('export', log, '--format', 'heapsnapshot', '--at', String(mid));
    expect(r2.stderr).toContain(`seed.at${mid}.heapsnapshot`);
    const early = await getFullHeapFromFile(join(dir, `seed.at${mid}.heapsnapshot`));
    // the builtins held since start-up are the same nodes, by id, in both
    const types = early.getNodeById(3);
    expect(types?.name).toBeTruthy();
    expect(snap.getNodeById(3)?.name).toBe(types?.name);
  });

  it('dot: Graphviz renders it; --focus draws a neighbourhood; -o - writes to stdout', () => {
    const r = heapline('export', log, '--format', 'dot', '--focus', '1', '--depth', '1', '-o', '-');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^digraph heap \{/);
    const svg = spawnSync('dot', ['-Tsvg'], { input: r.stdout, encoding: 'utf8' });
    expect(svg.status).toBe(0);
    expect(svg.stdout).toContain('<title>o1</title>');
  });

  it('parquet: DuckDB counts the rows and allocated bytes heapline counts', async () => {
    const out = join(dir, 'seed.parquet');
    expect(heapline('export', log, '--format', 'parquet', '-o', out).status).toBe(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n').slice(1, -1).map((l) => JSON.parse(l) as { kind: string; size?: number });
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const [row] = (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n, sum(size) FILTER (kind = 'heap.alloc')::BIGINT AS bytes, count(*) FILTER (kind = 'gc.done')::INTEGER AS gcs FROM read_parquet('${out}')`)).getRowObjectsJS();
    conn.closeSync();
    expect(row).toEqual({
      n: events,
      bytes: BigInt(lines.reduce((s, e) => s + (e.kind === 'heap.alloc' ? e.size! : 0), 0)),
      gcs: lines.filter((e) => e.kind === 'gc.done').length,
    });
  });
});

describe('heapline export, from a .py and on bad input', () => {
  it('examples/seed.py exported directly gives the same trace as its run --log output', () => {
    const fromPy = join(dir, 'from-py.trace.json');
    const fromLog = join(dir, 'from-log.trace.json');
    expect(heapline('export', seed, '--format', 'chrome-trace', '-o', fromPy).status).toBe(0);
    expect(heapline('export', log, '--format', 'chrome-trace', '-o', fromLog).status).toBe(0);
    expect(readFileSync(fromPy).equals(readFileSync(fromLog))).toBe(true);
  });

  it('runs a .py first and exports its history', () => {
    const d = mkdtempSync(join(tmpdir(), 'heapline-export-py-'));
    const script = join(d, 'cycle.py');
    writeFileSync(script, 'import gc\nclass A:\n    pass\na = A()\na.me = a\ndel a\nprint("hi")\n');
    // The moment line 7 starts: `a` is a pending cycle (interpreter shutdown collects it later).
    expect(heapline('run', script, '--log', join(d, 'cycle.jsonl')).status).toBe(0);
    const at = readFileSync(join(d, 'cycle.jsonl'), 'utf8').split('\n').map((l) => (l.includes('"program.line"') && l.includes('"line":7') ? (JSON.parse(l) as { seq: number }).seq : -1)).find((x) => x >= 0)!;
    const r = heapline('export', script, '--format', 'dot', '--at', String(at));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(''); // the program's output stays off the terminal
    const dot = readFileSync(join(d, `cycle.at${at}.dot`), 'utf8');
    expect(dot).toMatch(/subgraph cluster_garbage_0 \{[^}]*pending garbage since event \d+: 1 object, 56 bytes[^}]*A #\d+\\nrefcount 1, 56 B/);
  });

  const bad = (args: string[], message: RegExp) => {
    const d = mkdtempSync(join(tmpdir(), 'heapline-export-bad-'));
    const r = spawnSync(process.execPath, [bin, 'export', ...args.map((a) => a.replace('$DIR', d))], { encoding: 'utf8', cwd: d });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(readdirSync(d)).toEqual([]);
  };

  it('--at out of range, an unknown object to focus on, a format with no moment: one line, status 2, no file', () => {
    bad([log, '--format', 'heapsnapshot', '--at', String(events), '-o', '$DIR/x.heapsnapshot'], new RegExp(`^heapline: event ${events} is out of range: the log has events 0 to ${events - 1}\\n$`));
    bad([log, '--format', 'dot', '--focus', '99999999', '-o', '$DIR/x.dot'], /^heapline: object 99999999 is not alive just after event \d+\n$/);
    bad([log, '--format', 'chrome-trace', '--at', '3', '-o', '$DIR/x.json'], /--at applies to --format heapsnapshot and dot, not chrome-trace/);
    bad([log, '--format', 'parquet', '-o', '-'], /Parquet is binary/);
    bad([log, '--format', 'svg', '-o', '$DIR/x'], /unknown format 'svg' \(one of jsonl, chrome-trace, heapsnapshot, dot, parquet\)/);
    bad([log, '--format', 'dot', '--at', '-1', '-o', '$DIR/x.dot'], /--at must be an integer >= 0, not '-1'/);
  });

  it('a corrupt log stops the export with the line and reason, leaving no partial output', () => {
    const d = mkdtempSync(join(tmpdir(), 'heapline-export-corrupt-'));
    const lines = readFileSync(log, 'utf8').split('\n');
    lines[500] = '{"i":499,"kind":"heap.\u001b[2Jbogus"}';
    writeFileSync(join(d, 'in.jsonl'), lines.join('\n'));
    for (const format of ['jsonl', 'chrome-trace', 'parquet', 'heapsnapshot']) {
      const r = spawnSync(process.execPath, [bin, 'export', join(d, 'in.jsonl'), '--format', format, '-o', join(d, 'out')], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/line 501/);
      expect(r.stderr).not.toContain('\u001b');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(d)).toEqual(['in.jsonl']);
    }
    expect(existsSync(join(d, 'out'))).toBe(false);
  });

  it('--help documents the formats and options', () => {
    const r = heapline('export', '--help');
    expect(r.status).toBe(0);
    for (const s of ['--format', 'chrome-trace', 'heapsnapshot', 'parquet', '--at', '--focus', '--depth', '-o, --output']) expect(r.stdout).toContain(s);
  });
});
