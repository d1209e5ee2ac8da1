import { describe, expect, it } from 'vitest';
import { COMMANDS, KEYMAP, conflicts, matchKey, type Binding } from './keymap.js';

describe('keymap', () => {
  it("matches the issue's keys to their commands", () => {
    expect(matchKey({ name: 'right' })).toBe('timeline.stepForward');
    expect(matchKey({ name: 'l', ch: 'l' })).toBe('timeline.stepForward');
    expect(matchKey({ name: 'left' })).toBe('timeline.stepBack');
    expect(matchKey({ name: 'h', ch: 'h' })).toBe('timeline.stepBack');
    expect(matchKey({ name: 'n', ch: 'n' })).toBe('timeline.nextLine');
    expect(matchKey({ name: 'n', ch: 'N', shift: true })).toBe('timeline.previousLine');
    expect(matchKey({ ch: ']' })).toBe('timeline.nextCollection');
    expect(matchKey({ ch: '[' })).toBe('timeline.previousCollection');
    expect(matchKey({ name: 'home' })).toBe('timeline.first');
    expect(matchKey({ name: 'g', ch: 'g' })).toBe('timeline.first');
    expect(matchKey({ name: 'end' })).toBe('timeline.last');
    expect(matchKey({ name: 'g', ch: 'G', shift: true })).toBe('timeline.last');
    expect(matchKey({ ch: ':' })).toBe('timeline.goto');
    expect(matchKey({ ch: '/' })).toBe('heap.find');
    expect(matchKey({ name: 'tab', ch: '\t' })).toBe('pane.next');
    expect(matchKey({ name: 'up' })).toBe('pane.up');
    expect(matchKey({ name: 'down' })).toBe('pane.down');
    expect(matchKey({ name: 'enter', ch: '\r' })).toBe('object.inspect');
    expect(matchKey({ name: 'w', ch: 'w' })).toBe('object.previousChange');
    expect(matchKey({ name: 'w', ch: 'W', shift: true })).toBe('object.nextChange');
    expect(matchKey({ name: 'a', ch: 'a' })).toBe('object.allocation');
    expect(matchKey({ name: 'f', ch: 'f' })).toBe('object.free');
    expect(matchKey({ name: 'space', ch: ' ' })).toBe('play.toggle');
    expect(matchKey({ ch: '+' })).toBe('play.faster');
    expect(matchKey({ ch: '-' })).toBe('play.slower');
    expect(matchKey({ name: 'e', ch: 'e' })).toBe('export.heap');
    expect(matchKey({ ch: '?' })).toBe('app.help');
    expect(matchKey({ name: 'q', ch: 'q' })).toBe('app.quit');
    expect(matchKey({ name: 'c', ch: '\x03', ctrl: true })).toBe('app.quit');
  });

  it('Ctrl with a letter is not the letter, and unbound keys match nothing', () => {
    expect(matchKey({ name: 'l', ch: '\x0c', ctrl: true })).toBeUndefined();
    expect(matchKey({ name: 'z', ch: 'z' })).toBeUndefined();
    expect(matchKey({ name: 'f5' })).toBeUndefined();
  });

  it('binds every command, each key to one command only', () => {
    expect(conflicts()).toEqual([]);
    expect(new Set(KEYMAP.map((b) => b.command))).toEqual(new Set(COMMANDS));
  });

  it('reports a key bound twice, and matching follows a custom keymap', () => {
    const custom: Binding[] = [
      { command: 'app.quit', keys: ['x'], label: 'x', help: 'quit' },
      { command: 'app.help', keys: ['x', 'F1'], label: 'x', help: 'help' },
    ];
    expect(conflicts(custom)).toEqual(['x: app.quit, app.help']);
    expect(matchKey({ ch: 'x' }, custom)).toBe('app.quit');
    expect(matchKey({ name: 'F1' }, custom)).toBe('app.help');
    expect(matchKey({ ch: 'q' }, custom)).toBeUndefined();
  });
});
