import { describe, expect, it } from 'vitest';
import { Controller } from '../controller/controller.js';
import { Session } from '../model/session.js';
import { notebookLog } from '../testing/notebookLog.js';
import { buildFrame, helpLines, type Frame } from './frame.js';
import { KEYMAP } from '../keymap/keymap.js';

const HOSTILE_TYPE = 'Evil\x1b[2J\x1b]0;pwned\x07{red-fg}';
const HOSTILE_OUTPUT = 'out\x1b[31mred\x9b2J\u202edone\n';

function allText(f: Frame): string {
  if (f.kind === 'tooSmall') return f.text;
  if (f.kind === 'help') return f.lines.join('\n');
  return [f.status, f.message, ...Object.values(f.panes).flatMap((p) => [p.title, ...p.lines])].join('\n');
}

function frames(typeName: string, output: string, width = 80, height = 24): { frames: Frame[]; session: Session } {
  const nb = notebookLog(typeName, output);
  const session = new Session(nb.log, nb.files);
  const c = new Controller(session, { schedule: () => () => {} });
  const out: Frame[] = [];
  const ctx = () => ({ session, ui: c.state, style: { color: true }, deferred: { pending: new Set([nb.ids.x]), path: [] } });
  out.push(buildFrame(ctx(), width, height, true));
  for (let i = 0; i < session.total; i++) {
    c.seek(i);
    out.push(buildFrame(ctx(), width, height, false));
    // Inspect the hostile instances too, when they are alive.
    if (c.state.inspected === null && session.build().state.isAlive(nb.ids.x)) {
      for (const ch of `/#${nb.ids.x}`) c.key({ ch });
      c.key({ name: 'enter' });
    }
  }
  return { frames: out, session };
}

describe('frame', () => {
  it('shows control characters from a log escaped, never raw, and braces never become tags', () => {
    const { frames: fs } = frames(HOSTILE_TYPE, HOSTILE_OUTPUT);
    const text = fs.map(allText).join('\n');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(text).toContain('Evil\\x1b[2J\\x1b]0;pwned\\x07');
    expect(text).toContain('{open}red-fg{close}');
    expect(text).toContain('out\\x1b[31mred\\x9b2J\\u202edone');
  });

  it('always has the status line event <i>/<total>', () => {
    const { frames: fs, session } = frames('X', 'done\n');
    fs.slice(1).forEach((f, i) => {
      expect(f.kind).toBe('panes');
      if (f.kind === 'panes') expect(f.status).toContain(`event ${i}/${session.total}{/bold}  `);
    });
  });

  it('pane titles and contents fit their panes at 80x24, even with long names from the log', () => {
    // Columns a line of markup takes on screen: escaped braces are one, tags none.
    const visible = (m: string) => [...m.replace(/\{(open|close)\}/g, 'x').replace(/\{\/?[a-z-]+\}/g, '')].length;
    const { frames: fs } = frames(`Type${'x'.repeat(200)}`, `${'y'.repeat(300)}\n`);
    for (const f of fs) {
      if (f.kind !== 'panes') continue;
      for (const name of ['timeline', 'source', 'heap', 'inspector', 'gc'] as const) {
        const { width, height } = f.layout[name];
        expect(f.panes[name].lines.length).toBeLessThanOrEqual(height - 2);
        for (const line of f.panes[name].lines) expect(visible(line)).toBeLessThanOrEqual(width - 2);
        expect(visible(f.panes[name].title)).toBeLessThanOrEqual(width - 4);
      }
      expect(visible(f.status)).toBeLessThanOrEqual(80);
      expect(visible(f.message)).toBeLessThanOrEqual(80);
    }
  });

  it('says the terminal is too small below 80x24', () => {
    const nb = notebookLog();
    const session = new Session(nb.log, nb.files);
    const c = new Controller(session, { schedule: () => () => {} });
    const ctx = { session, ui: c.state, style: { color: false }, deferred: { pending: null, path: null } };
    expect(buildFrame(ctx, 79, 24, false)).toMatchObject({ kind: 'tooSmall', text: expect.stringMatching(/^terminal too small: 79x24/) });
    expect(buildFrame(ctx, 80, 23, false).kind).toBe('tooSmall');
    expect(buildFrame(ctx, 80, 24, false).kind).toBe('panes');
  });

  it('uses no colour tags under NO_COLOR', () => {
    const nb = notebookLog();
    const session = new Session(nb.log, nb.files);
    const c = new Controller(session, { schedule: () => () => {} });
    c.seek(session.total - 1);
    const text = allText(buildFrame({ session, ui: c.state, style: { color: false }, deferred: { pending: new Set([1]), path: null } }, 100, 30, false));
    expect(text).not.toMatch(/-fg\}/);
    const coloured = allText(buildFrame({ session, ui: c.state, style: { color: true }, deferred: { pending: new Set([1]), path: null } }, 100, 30, false));
    expect(coloured).toMatch(/-fg\}/);
  });

  it('the help screen lists every binding and fits 80x24', () => {
    const lines = helpLines(78, 22);
    expect(lines.length).toBeLessThanOrEqual(22);
    const text = lines.join('\n');
    for (const b of KEYMAP) expect(text).toContain(b.help.slice(0, 20));
  });
});
