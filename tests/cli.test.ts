import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** End-to-end: the real `heapline` bin, as a user runs it. */
const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('heapline command', () => {
  it('--help lists the commands and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: heapline/m);
    expect(r.stdout).toMatch(/demo/);
  });

  it('--version names the simulated CPython and the event format', () => {
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(out).toMatch(/^heapline \d+\.\d+\.\d+ \(simulates CPython 3\.11, event format 1\)\n$/);
  });

  it('demo prints the cycle being finalized and collected', () => {
    const r = run('demo');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gc\.unreachable\s+ids=\[2,3\]/);
    expect(r.stdout).toMatch(/text="Object obj1 deleted\\n"[\s\S]*text="Object obj2 deleted\\n"/);
    expect(r.stdout).toMatch(/gc\.collect\(\) returned 2\n/);
    expect(r.stdout).toMatch(/gc\.get_count\(\): \(0, 0, 0\)/);
  });

  it('an unknown command is one clear line on stderr and a non-zero status, no stack trace', () => {
    const r = run('frobnicate');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('heapline run', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'heapline-run-'));

  it('a runaway loop stops at --max-events with one line naming the budget, status 3, and the log kept', () => {
    const dir = tmp();
    const script = join(dir, 'loop.py');
    writeFileSync(script, 'x = []\nwhile True:\n    x.append([])\n');
    const log = join(dir, 'events.jsonl');
    const r = run('run', script, '--max-events', '50000', '--log', log);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^heapline: stopped: the program exceeded the event budget \(--max-events 50000\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!) as { format: string; python: string; files: { name: string; source: string }[] };
    expect(header.format).toBe('heapline-events');
    expect(header.files[0]!.source).toContain('while True');
    expect(lines.length).toBeGreaterThan(50000);
    // The run stopped cleanly: the log ends with its end line, after the last event.
    const end = JSON.parse(lines[lines.length - 1]!) as { end: string; events: number };
    expect(end).toEqual({ end: 'heapline-events', events: lines.length - 2 });
    const last = JSON.parse(lines[lines.length - 2]!) as { seq: number };
    expect(last.seq).toBe(lines.length - 3);
    // Each event carries the source line it happened on: the last program.line's.
    let src = 0;
    const seen = new Set<number>();
    for (const text of lines.slice(1, -1)) {
      const e = JSON.parse(text) as { kind: string; line?: number; src: number };
      if (e.kind === 'program.line') src = e.line!;
      expect(e.src).toBe(src);
      seen.add(e.src);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('an uncaught exception prints the traceback on stderr and exits 1; output before it is kept', () => {
    const dir = tmp();
    const script = join(dir, 'boom.py');
    writeFileSync(script, 'print("before")\nd = {}\nd["k"]\n');
    const r = run('run', script);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${script}", line 3, in <module>\n    d["k"]\n    ~^^^^^\nKeyError: 'k'\n`);
  });

  it('a syntax error is reported as CPython does, with status 1', () => {
    const dir = tmp();
    const script = join(dir, 'bad.py');
    writeFileSync(script, 'x = (1,\n');
    const r = run('run', script);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^  File ".*bad\.py", line 1\n    x = \(1,\n        \^\nSyntaxError: '\(' was never closed\n$/);
  });

  it('a missing file or a bad option is one clear line and status 2', () => {
    const missing = run('run', 'no/such/file.py');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^heapline: can't open file '.*no\/such\/file\.py': \[Errno 2\] No such file or directory\n$/);
    const bad = run('run', 'x.py', '--max-events', 'lots');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--max-events must be a positive integer/);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
