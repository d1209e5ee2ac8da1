import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Heap, makeHeader, writeJsonl } from '@heapline/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, KEYS, PtyApp, root } from './tuiPty.js';

/** End-to-end: `heapline tui` in a pseudo-terminal, its screen read back from xterm.js. */
const apps: PtyApp[] = [];
const open = (args: string[], options: ConstructorParameters<typeof PtyApp>[1] = {}) => {
  const app = new PtyApp(args, options);
  apps.push(app);
  return app;
};
afterEach(() => {
  for (const a of apps.splice(0)) a.kill();
});

const statusLine = (app: PtyApp) => app.screen().find((l) => /^event \d+\/\d+/.test(l)) ?? '';
const cursorOf = (app: PtyApp) => Number(/^event (\d+)\//.exec(statusLine(app))?.[1] ?? NaN);
/** The status and message lines (the bottom two): deferred pane redraws never change them. */
const bottom = (app: PtyApp) => app.screen().slice(-2).join('\n');
/**
 * Sends keys and waits until `until` holds, by default until the status or message line
 * changes (not any change: a deferred redraw of the heap or inspector may land meanwhile).
 */
async function press(app: PtyApp, keys: string, until?: (text: string) => boolean): Promise<string> {
  const before = bottom(app);
  app.send(keys);
  return app.waitFor(until ?? (() => bottom(app) !== before), `the status line to change after ${JSON.stringify(keys)}`);
}

/** SGR parameters that set a colour (foreground or background, 8, 16, 256 or true colour). */
function colourCodes(raw: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const m of raw.matchAll(/\x1b\[([0-9;]*)m/g)) {
    for (const p of m[1]!.split(';')) {
      const n = Number(p);
      if ((n >= 30 && n <= 49) || (n >= 90 && n <= 107)) out.push(p);
    }
  }
  return out;
}

describe('heapline tui on the notebook (examples/seed.py)', () => {
  it('opens at event 0, steps, goes to an event, shows help, and q restores the terminal', async () => {
    const app = open(['tui', 'examples/seed.py'], { cols: 100, rows: 30 });
    await app.waitForText(/\? help {2}q quit/, 60_000);
    const total = Number(/^event 0\/(\d+) {2}root\.add: /m.exec(app.text())?.[1]);
    expect(total).toBeGreaterThan(50_000);
    await press(app, KEYS.right);
    expect(statusLine(app)).toMatch(new RegExp(`^event 1/${total}  `));
    await press(app, 'l');
    expect(cursorOf(app)).toBe(2);
    await press(app, KEYS.left);
    await press(app, 'h');
    expect(cursorOf(app)).toBe(0);
    await press(app, 'n');
    expect(statusLine(app)).toMatch(/program\.line: seed\.py:1 {2}import sys/);
    await press(app, ':', (t) => /go to event: /.test(t));
    await press(app, `${total - 1}\r`, () => cursorOf(app) === total - 1);
    await press(app, ':');
    await press(app, `${total}\r`, (t) => /no event '\d+': events run from 0 to/.test(t));
    expect(cursorOf(app)).toBe(total - 1);
    await press(app, 'g', () => cursorOf(app) === 0);
    await press(app, '?', (t) => /heapline tui: keys/.test(t));
    expect(app.text()).toMatch(/next source line/);
    expect(app.text()).toMatch(/back to its last refcount\/holder change/);
    await press(app, 'x', (t) => /\? help {2}q quit/.test(t));
    expect(cursorOf(app)).toBe(0);
    app.raw = '';
    app.send('q');
    expect(await app.exit()).toBe(0);
    // Left the alternate screen and showed the cursor again.
    expect(app.raw).toContain('\x1b[?1049l');
    expect(app.raw).toContain('\x1b[?25h');
    expect(app.raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(app.raw.lastIndexOf('\x1b[?1049h'));
  });

  it("done when: the list's refcounts 2, 3, 2 one key apart, and the cycle of two MyObjects collected by gc.collect()", async () => {
    const app = open(['tui', 'examples/seed.py'], { cols: 100, rows: 30 });
    await app.waitForText(/\? help {2}q quit/, 60_000);
    // n by source line to `print(sys.getrefcount(a))`: the list exists, held by `a`.
    for (let k = 0; k < 3; k++) await press(app, 'n');
    expect(statusLine(app)).toMatch(/seed\.py:4 {2}print\(sys\.getrefcount\(a\)\)/);
    await press(app, '/list\r', (t) => /found list #\d+/.test(t));
    const list = /found list #(\d+)/.exec(app.text())![1]!;
    // W: each change of the list's refcount, one key apart; the status line says it in words.
    const seen: number[] = [];
    for (let k = 0; k < 10; k++) {
      await press(app, 'W');
      const m = new RegExp(`list #${list}.*\\(refcount (\\d+)\\)`).exec(statusLine(app));
      expect(m, statusLine(app)).not.toBeNull();
      seen.push(Number(m![1]));
    }
    // getrefcount(a) sees 2 (a + its argument), after b = a it sees 3, after del b 2 again.
    expect(seen).toEqual([2, 1, 2, 3, 2, 3, 2, 1, 2, 1]);
    expect(app.text()).toMatch(/rc 1 +gen0/);
    // w goes back to the previous change.
    await press(app, 'w');
    expect(statusLine(app)).toMatch(/\(refcount 2\)/);
    // The program's output so far: 2, 3, 2.
    await press(app, 'n');
    expect(app.text()).toMatch(/output[^\n]*\n│2 +│[^\n]*\n│3 +│[^\n]*\n│2 +│/);
    // ] to the collection that finds the two MyObjects in a cycle.
    await press(app, 'g');
    let found = false;
    for (let k = 0; k < 5 && !found; k++) {
      await press(app, ']');
      found = /unreachable \d+: MyObject #\d+, MyObject #\d+/.test(app.text());
    }
    expect(found).toBe(true);
    expect(statusLine(app)).toMatch(/gc\.start: collection of generation 2 starts \(gc\.collect\(\)\)/);
    // Unreachable but not collected yet: marked U in the heap, counted in its title.
    await app.waitForText(/Heap: [\d,]+ live, [1-9]\d* unreachable/);
    await press(app, '/MyObject\r', (t) => /found MyObject #\d+/.test(t));
    await app.waitForText(/│U +\d+ MyObject/);
    // Step to the end of that collection: 2 collected, their finalizers ran.
    await press(app, ':');
    const end = Number(/gc\.collect\(\), events (\d+)–(\d+)/.exec(app.text())![2]);
    await press(app, `${end}\r`, () => cursorOf(app) === end);
    expect(app.text()).toMatch(/last collection: gen 2, gc\.collect\(\), events \d+–\d+/);
    expect(app.text()).toMatch(/collected 2, uncollectable 0, resurrected 0/);
    expect(app.text()).toMatch(/finalizers run 2: MyObject #\d+, MyObject #\d+/);
    expect(app.text()).toMatch(/Object obj1 deleted/);
    await press(app, '[');
    expect(statusLine(app)).toMatch(/gc\.start/);
    app.send('q');
    expect(await app.exit()).toBe(0);
  });
});

describe('heapline tui terminal handling', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heapline-tui-e2e-'));

  /** A log whose type names, slot labels and output carry terminal escape sequences. */
  function hostileLog(): string {
    const heap = new Heap();
    const g = heap.addRoot('frame <module>');
    heap.line('evil.py', 1);
    const cls = heap.alloc({ type: 'type', size: 1072, gc: true, holder: g, slot: 'E\x1b]0;pwned\x07' });
    heap.alloc({ type: 'Evil\x1b[2J\x1b[31mRED', size: 48, gc: true, cls, site: 'evil.py:1', holder: g, slot: 'x\x1b[8m' });
    heap.write('stdout', 'hello \x1b[5mblink\x1b[0m \x9b2J\n');
    const path = join(dir, 'hostile.jsonl');
    writeFileSync(path, [...writeJsonl(heap.log, makeHeader([{ name: 'evil.py', source: 'x = Evil()  # \x1b[2J\n' }]))].join(''));
    return path;
  }

  it('shows escape sequences from a hostile log escaped, never executed; e exports the heap there', async () => {
    const app = open(['tui', hostileLog()], { cols: 100, rows: 30, cwd: dir });
    await app.waitForText(/\? help {2}q quit/);
    await press(app, 'G');
    const text = await app.waitForText(/Evil\\x1b\[2J\\x1b\[31mRED/);
    expect(text).toMatch(/hello \\x1b\[5mblink\\x1b\[0m \\x9b2J/);
    expect(text).toMatch(/x = Evil\(\) {2}# \\x1b\[2J/);
    expect(app.raw).not.toContain('\x1b]0;pwned');
    expect(app.raw).not.toContain('\x1b[5m');
    expect(app.raw).not.toContain('\x9b');
    // The screen was not cleared by the log: the frame is intact.
    expect(text).toMatch(/Timeline/);
    const last = cursorOf(app);
    await press(app, 'e', (t) => /heap at event \d+ exported: /.test(t));
    expect(app.text()).toContain(`exported: ${join(dir, `heapline-event-${last}.heapsnapshot`)}`);
    expect(existsSync(join(dir, `heapline-event-${last}.heapsnapshot`))).toBe(true);
    app.send(KEYS.ctrlC);
    expect(await app.exit()).toBe(0);
  });

  it('below 80x24 says the terminal is too small, follows a resize, and obeys NO_COLOR', async () => {
    const app = open(['tui', hostileLog()], { cols: 70, rows: 20, env: { NO_COLOR: '1' } });
    await app.waitForText(/terminal too small: 70x20, heapline tui needs at least 80x24/);
    app.resize(80, 24);
    await app.waitForText(/^event 0\/\d+/m);
    await app.waitForText(/\? help {2}q quit/);
    app.resize(79, 30);
    await app.waitForText(/terminal too small: 79x30/);
    app.resize(120, 40);
    await app.waitForText(/^event 0\/\d+/m);
    expect(colourCodes(app.raw)).toEqual([]);
    app.send('q');
    expect(await app.exit()).toBe(0);
  });

  it('uses colours when NO_COLOR is not set', async () => {
    const app = open(['tui', hostileLog()], { cols: 100, rows: 30, env: { NO_COLOR: '' } });
    await app.waitForText(/\? help {2}q quit/);
    expect(colourCodes(app.raw).length).toBeGreaterThan(0);
    app.send('q');
    expect(await app.exit()).toBe(0);
  });

  it('stdout not a terminal: one clear line and exit status 2', () => {
    const r = spawnSync(process.execPath, [bin, 'tui', 'examples/seed.py'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("heapline: tui needs a terminal, but stdout is not one (for text output use 'heapline run' or 'heapline stats')\n");
  });

  it('a script that does not parse: one line saying so, status 2', async () => {
    const script = join(dir, 'bad.py');
    writeFileSync(script, 'x = (\n');
    const app = open(['tui', script], { cols: 100, rows: 30 });
    expect(await app.exit()).toBe(2);
    expect(app.raw).not.toContain('\x1b[?1049h');
    expect(app.raw).toMatch(/heapline: .*bad\.py: no events to show \(does it run\? 'heapline run .*bad\.py' shows why not\)\r\n$/);
  });

  it('a missing file: one line, status 2, the terminal untouched', async () => {
    const app = open(['tui', join(dir, 'nope.jsonl')], { cols: 100, rows: 30 });
    expect(await app.exit()).toBe(2);
    expect(app.raw).not.toContain('\x1b[?1049h');
    expect(app.raw.trim().split('\n')).toHaveLength(1);
    expect(app.raw).toMatch(/^heapline: cannot read '.*nope\.jsonl': no such file/);
  });
});
