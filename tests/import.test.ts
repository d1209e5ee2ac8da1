import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Heap, makeHeader, readJsonl, writeJsonl } from '@heapline/core';
import { beforeAll, describe, expect, it } from 'vitest';

/** End to end: `heapline import` and `heapline stats` on real and hostile logs. */
const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'heapline-import-'));
const script = join(dir, 'cycle.py');
const log = join(dir, 'cycle.jsonl');
const SOURCE = 'import gc\nclass Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\ndel a, b\nprint(gc.collect())\nkeep = [1, 2, 3]\n';

/** Asserts the one-line, escaped, no-stack-trace failure the CLI promises. */
function expectOneCleanError(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
}

beforeAll(() => {
  writeFileSync(script, SOURCE);
  const r = run('run', script, '--log', log);
  expect(r.stdout).toBe('2\n');
});

describe('heapline import', () => {
  it('reports a log heapline run wrote: complete, events, objects, files', () => {
    const lines = readFileSync(log, 'utf8').split('\n');
    const allocs = lines.filter((l) => l.includes('"kind":"heap.alloc"')).length;
    const r = run('import', log);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/heapline event log, format version 1, simulating CPython 3\.11/);
    expect(r.stdout).toMatch(/^complete: /m);
    expect(r.stdout).toContain(`events: ${(lines.length - 3).toLocaleString('en-US')}\n`);
    expect(r.stdout).toContain(`objects: ${allocs.toLocaleString('en-US')} allocated`);
    expect(r.stdout).toContain(`  ${script} (10 lines)`);
  });

  it('re-writing the log heapline run wrote gives the same bytes', () => {
    const text = readFileSync(log, 'utf8');
    const r = readJsonl(text);
    expect([...writeJsonl(r.log, r.header)].join('')).toBe(text);
  });

  it('reads .jsonl.gz by extension, and run --log writes gzip for .gz', () => {
    const gz = join(dir, 'cycle.jsonl.gz');
    expect(run('run', script, '--log', gz).status).toBe(0);
    expect(run('import', gz).stdout.replace(gz, log)).toBe(run('import', log).stdout);
  });

  it('a truncated log fails naming the line; --allow-truncated reads the valid prefix', () => {
    const cut = join(dir, 'cut.jsonl');
    const text = readFileSync(log, 'utf8');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const n = text.slice(0, Math.floor(text.length / 2)).split('\n').length;
    expectOneCleanError(run('import', cut), new RegExp(`^heapline: .*cut\\.jsonl: line ${n}: the file ends in the middle of this line`));
    const r = run('import', cut, '--allow-truncated');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^truncated: line ${n}: `, 'm'));
    expect(r.stdout).toContain(`events: ${(n - 2).toLocaleString('en-US')}\n`);
  });

  it('a gzip log cut short is reported as truncated', () => {
    const gz = join(dir, 'cut.jsonl.gz');
    const bytes = gzipSync(readFileSync(log));
    writeFileSync(gz, bytes.subarray(0, bytes.length >> 1));
    expectOneCleanError(run('import', gz), /cut\.jsonl\.gz: line \d+: the file ends in the middle of this line/);
  });

  it('bad files: not JSON, newer version, not gzip, missing', () => {
    const lines = readFileSync(log, 'utf8').split('\n');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, [...lines.slice(0, 5), '{"seq":4,', ...lines.slice(6)].join('\n'));
    expectOneCleanError(run('import', bad), /bad\.jsonl: line 6: not JSON/);
    writeFileSync(bad, [lines[0]!.replace('"version":1', '"version":7'), ...lines.slice(1)].join('\n'));
    expectOneCleanError(run('stats', bad), /line 1: event format version 7 is newer than this heapline reads \(1\)/);
    const notGz = join(dir, 'plain.jsonl.gz');
    writeFileSync(notGz, lines.join('\n'));
    expectOneCleanError(run('import', notGz), /cannot read .*plain\.jsonl\.gz.*not valid gzip data/);
    expectOneCleanError(run('import', join(dir, 'missing.jsonl')), /cannot read .*missing\.jsonl': no such file/);
  });
});

describe('a reader that goes away', () => {
  it('stats piped into a command that stops reading (| head) ends quietly, no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'stats', log], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy(); // closed before the command writes its first line: EPIPE on it
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('hostile strings never reach the terminal raw', () => {
  const hostile = join(dir, 'hostile\x1b]0;pwned\x07.jsonl');
  beforeAll(() => {
    const heap = new Heap();
    const g = heap.addRoot('globals\x1b[2J');
    heap.line('evil\x1b[31m.py', 1);
    const id = heap.alloc({ type: 'T\x1b[2J\x9b1m\u202e', size: 64, site: 'evil\x1b[31m.py:1', holder: g, slot: 'x\x1b[2J' });
    heap.write('stdout', 'gone\x1b[2J\x1b[H');
    heap.drop(id, g, 'x\x1b[2J');
    heap.alloc({ type: 'T\x1b[2J\x9b1m\u202e', size: 64, site: 'evil\x1b[31m.py:2', holder: g, slot: 'y' });
    writeFileSync(hostile, [...writeJsonl(heap.log, makeHeader([{ name: 'evil\x1b[31m.py', source: 'x = 1\x1b[2J\n' }]))].join(''));
  });

  it('import and stats (text and --json) escape control characters from the log', () => {
    for (const args of [['import'], ['stats'], ['stats', '--json']]) {
      const r = run(...args, hostile);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    }
    expect(run('stats', hostile).stdout).toContain('T\\x1b[2J\\x9b1m\\u202e: size=64 B, count=1');
    const json = JSON.parse(run('stats', '--json', hostile).stdout) as { alive: { byType: Array<{ type: string }> } };
    expect(json.alive.byType[0]!.type).toBe('T\x1b[2J\x9b1m\u202e');
  });

  it('an error naming a hostile kind is escaped too', () => {
    const text = readFileSync(hostile, 'utf8').split('\n');
    text[2] = text[2]!.replace('"kind":"root.add"', '"kind":"\\u001b[2J\\u009b"');
    const bad = join(dir, 'badkind.jsonl');
    writeFileSync(bad, text.join('\n'));
    expectOneCleanError(run('import', bad), /line 3: unknown event kind "\\u001b\[2J\\x9b"/);
  });
});
