import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../keymap/keymap.js';
import { objectDetail } from '../model/inspector.js';
import { Session } from '../model/session.js';
import { notebookLog } from '../testing/notebookLog.js';
import { Controller } from './controller.js';

/** A controller on the notebook log, with a manual clock. */
function setup() {
  const nb = notebookLog();
  const session = new Session(nb.log, nb.files);
  const timers: Array<() => void> = [];
  const c = new Controller(session, { schedule: (fn) => (timers.push(fn), () => timers.splice(timers.indexOf(fn), 1)) });
  const type = (text: string) => {
    for (const ch of text) c.key({ ch, name: ch });
  };
  const press = (k: KeyPress) => c.key(k);
  return { nb, session, c, timers, type, press };
}

const kind = (session: Session, i: number) => session.log.get(i).kind;

describe('controller', () => {
  it('steps by event and by source line, and stops at the ends with a message', () => {
    const { session, c, type, press } = setup();
    expect(c.state.message).toBe(`? help  q quit  n: next source line (the program's first is event ${session.index.lines.at(0)})`);
    press({ name: 'right' });
    expect(c.state.cursor).toBe(1);
    press({ name: 'left' });
    press({ name: 'left' });
    expect(c.state.cursor).toBe(0);
    expect(c.state.message).toBe('at the first event');
    type('n');
    expect(kind(session, c.state.cursor)).toBe('program.line');
    const first = c.state.cursor;
    type('n');
    expect(c.state.cursor).toBeGreaterThan(first);
    c.key({ ch: 'N', name: 'n', shift: true });
    expect(c.state.cursor).toBe(first);
    type('G');
    expect(c.state.cursor).toBe(session.total - 1);
    type('l');
    expect(c.state.message).toBe('at the last event');
    type('g');
    expect(c.state.cursor).toBe(0);
  });

  it('jumps between collections with ] and [', () => {
    const { session, c, type } = setup();
    type(']');
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'gc.start', generation: 2 });
    const at = c.state.cursor;
    type(']');
    expect(c.state.cursor).toBe(at);
    expect(c.state.message).toBe('no later collection');
    type('G[');
    expect(c.state.cursor).toBe(at);
  });

  it('finds the list by type, inspects it, and walks its refcount changes with W and w', () => {
    const { nb, session, c, type, press } = setup();
    type('G/list');
    press({ name: 'enter' });
    expect(c.state.inspected).toBe(nb.ids.list);
    type('a');
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'heap.alloc', id: nb.ids.list });
    const rc = () => objectDetail(session.build(), nb.ids.list, session.refcountHistory(nb.ids.list)).refcount;
    const seen: number[] = [rc()];
    for (let k = 0; k < 3; k++) {
      type('W');
      seen.push(rc());
    }
    expect(seen).toEqual([0, 1, 2, 1]);
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'ref.drop', slot: 'b' });
    type('W');
    expect(c.state.message).toMatch(/^no later change of list #\d+/);
    type('w');
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'ref.take', slot: 'b' });
    type('f');
    expect(c.state.message).toMatch(/is never freed in this log/);
  });

  it('a and f jump to the allocation and the free of a collected object', () => {
    const { nb, session, c, type, press } = setup();
    type(':');
    type(String(session.index.allocAt[nb.ids.x]! + 1));
    press({ name: 'enter' });
    type(`/#${nb.ids.x}`);
    press({ name: 'enter' });
    expect(c.state.inspected).toBe(nb.ids.x);
    type('f');
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'heap.free', id: nb.ids.x });
    type('a');
    expect(session.log.get(c.state.cursor)).toMatchObject({ kind: 'heap.alloc', id: nb.ids.x });
  });

  it('goes to an event with :, and refuses one out of range', () => {
    const { session, c, type, press } = setup();
    type(':12');
    press({ name: 'backspace' });
    press({ name: 'enter' });
    expect(c.state.cursor).toBe(1);
    type(`:${session.total}`);
    press({ name: 'enter' });
    expect(c.state.cursor).toBe(1);
    expect(c.state.message).toBe(`no event '${session.total}': events run from 0 to ${session.total - 1}`);
    type(':5');
    press({ name: 'escape' });
    expect(c.state.prompt).toBeNull();
    expect(c.state.cursor).toBe(1);
  });

  it('object commands without an object say so; / for a missing type says so', () => {
    const { c, type, press } = setup();
    type('w');
    expect(c.state.message).toMatch(/^select an object/);
    type('/nosuchtype');
    press({ name: 'enter' });
    expect(c.state.message).toBe("no live object of type 'nosuchtype' at this event");
  });

  it('moves the heap selection with ↑/↓ and scrolls other panes', () => {
    const { session, c, type, press } = setup();
    type('G');
    expect(session.table.size).toBe(2);
    press({ name: 'down' });
    const second = c.state.selected;
    expect(second).not.toBeNull();
    press({ name: 'down' });
    expect(c.state.selected).toBe(second);
    press({ name: 'up' });
    expect(c.state.selected).not.toBe(second);
    expect(c.state.heapRow).toBe(0);
    press({ name: 'tab' });
    expect(c.state.focus).toBe('inspector');
    press({ name: 'down' });
    expect(c.state.scroll.inspector).toBe(1);
    press({ name: 'tab' });
    press({ name: 'tab' });
    expect(c.state.focus).toBe('source');
    press({ name: 'down' });
    // From following line 8 (the last) to a scrolled view one line further down.
    expect(c.state.scroll.source).toBe(Math.max(0, 8 - 1 - 5) + 1);
    type('N');
    expect(c.state.scroll.source).toBe(-1);
  });

  it('plays by source line on the injected clock and pauses at the end', () => {
    const { session, c, timers, type } = setup();
    c.key({ name: 'space', ch: ' ' });
    expect(c.state.playing).toBe(true);
    let ticks = 0;
    while (timers.length > 0 && ticks < 100) {
      timers.shift()!();
      ticks++;
    }
    expect(c.state.playing).toBe(false);
    expect(ticks).toBe(session.index.lines.length + 1);
    expect(kind(session, c.state.cursor)).toBe('program.line');
    type('+');
    expect(c.state.message).toMatch(/^speed 8 lines\/s$/);
  });

  it('help takes the next key; q and Ctrl-C quit', () => {
    const { c, type } = setup();
    type('?');
    expect(c.state.help).toBe(true);
    type('n');
    expect(c.state.help).toBe(false);
    expect(c.state.cursor).toBe(0);
    c.key({ name: 'c', ch: '\x03', ctrl: true });
    expect(c.state.quit).toBe(true);
  });

  it('export runs the injected exporter and reports its paths or its failure', () => {
    const nb = notebookLog();
    const session = new Session(nb.log, nb.files);
    let fail = false;
    const c = new Controller(session, {
      schedule: () => () => {},
      exportHeap: (_s, at) => {
        if (fail) throw new Error('disk full');
        return [`/tmp/h-${at}.dot`];
      },
    });
    c.key({ ch: 'e', name: 'e' });
    expect(c.state.message).toBe('heap at event 0 exported: /tmp/h-0.dot');
    fail = true;
    c.key({ ch: 'e', name: 'e' });
    expect(c.state.message).toBe('export failed: disk full');
  });
});
