import { execFileSync, spawnSync } from 'node:child_process';
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
