/**
 * Drives `heapline tui` in a pseudo-terminal (@lydell/node-pty) and reads its screen back from
 * a headless terminal emulator (@xterm/headless): the harness of the terminal end-to-end tests.
 */
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = fileURLToPath(new URL('../apps/cli/bin/heapline.js', import.meta.url));

/** Keys as a terminal sends them. */
export const KEYS = {
  right: '\x1b[C',
  left: '\x1b[D',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  tab: '\t',
  enter: '\r',
  escape: '\x1b',
  ctrlC: '\x03',
} as const;

/** A program running in a pseudo-terminal, with the screen it drew. */
export class PtyApp {
  readonly term: xterm.Terminal;
  private readonly proc: pty.IPty;
  /** Everything the program wrote, raw. */
  raw = '';
  exitCode: number | null = null;
  private readonly exited: Promise<number>;

  constructor(args: string[], options: { cols?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {}) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 30;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    this.proc = pty.spawn(process.execPath, [bin, ...args], {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? root,
      env: { ...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...options.env } as Record<string, string>,
    });
    this.proc.onData((d) => {
      this.raw += d;
      this.term.write(d);
    });
    this.exited = new Promise((resolve) => this.proc.onExit(({ exitCode }) => ((this.exitCode = exitCode), resolve(exitCode))));
  }

  /** The screen as text, one string per row (trailing spaces trimmed). */
  screen(): string[] {
    const b = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++) out.push(b.getLine(y)?.translateToString(true) ?? '');
    return out;
  }

  text(): string {
    return this.screen().join('\n');
  }

  /** Sends keys (raw terminal input). */
  send(keys: string): void {
    this.proc.write(keys);
  }

  resize(cols: number, rows: number): void {
    this.proc.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  /** Polls the screen until `test` holds (the xterm parser is flushed before each look). */
  async waitFor(test: (text: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise<void>((r) => this.term.write('', r));
      const t = this.text();
      if (test(t)) return t;
      if (this.exitCode !== null) throw new Error(`exited (${this.exitCode}) while waiting for ${what}; screen:\n${t}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${t}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for the screen to show `pattern`. */
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<string> {
    return this.waitFor((t) => pattern.test(t), String(pattern), timeoutMs);
  }

  /** Waits for the program to exit; returns its status. */
  async exit(timeoutMs = 20_000): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`did not exit; screen:\n${this.text()}`)), timeoutMs)));
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  kill(): void {
    if (this.exitCode === null) this.proc.kill();
  }
}
