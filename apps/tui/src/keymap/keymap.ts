/**
 * The debugger's key bindings, as data: each command id maps to the keys that run it and the
 * words the help screen shows. Nothing here knows about blessed or a screen; {@link matchKey}
 * turns a key press into a command id with a pure lookup (the gemini-cli keyBindings model).
 */

/** Every command the debugger can run from a key. */
export const COMMANDS = [
  'timeline.stepForward',
  'timeline.stepBack',
  'timeline.nextLine',
  'timeline.previousLine',
  'timeline.nextCollection',
  'timeline.previousCollection',
  'timeline.first',
  'timeline.last',
  'timeline.goto',
  'heap.find',
  'pane.next',
  'pane.up',
  'pane.down',
  'pane.pageUp',
  'pane.pageDown',
  'heap.sort',
  'object.inspect',
  'object.previousChange',
  'object.nextChange',
  'object.allocation',
  'object.free',
  'play.toggle',
  'play.faster',
  'play.slower',
  'export.heap',
  'app.help',
  'app.quit',
] as const;

/** A command id, such as `timeline.stepForward`. */
export type CommandId = (typeof COMMANDS)[number];

/**
 * A key as the debugger sees it: `name` for named keys (`right`, `home`, `tab`, `enter`...),
 * `ch` for the printable character it typed, and the modifiers.
 */
export interface KeyPress {
  readonly name?: string | undefined;
  readonly ch?: string | undefined;
  readonly ctrl?: boolean | undefined;
  readonly shift?: boolean | undefined;
}

/** One binding: a command, its keys, and how the help screen names them. */
export interface Binding {
  readonly command: CommandId;
  /**
   * Keys: a single printable character matches what was typed (`l`, `G`, `]`, `?`); a longer
   * word is a named key (`right`, `home`, `enter`); `C-x` is Ctrl with x.
   */
  readonly keys: readonly string[];
  /** The keys as the help screen shows them. */
  readonly label: string;
  readonly help: string;
}

/** The default keymap (issue 6's key table). */
export const KEYMAP: readonly Binding[] = [
  { command: 'timeline.stepForward', keys: ['right', 'l'], label: '→ l', help: 'next event' },
  { command: 'timeline.stepBack', keys: ['left', 'h'], label: '← h', help: 'previous event' },
  { command: 'timeline.nextLine', keys: ['n'], label: 'n', help: 'next source line' },
  { command: 'timeline.previousLine', keys: ['N'], label: 'N', help: 'previous source line' },
  { command: 'timeline.nextCollection', keys: [']'], label: ']', help: 'next collection' },
  { command: 'timeline.previousCollection', keys: ['['], label: '[', help: 'previous collection' },
  { command: 'timeline.first', keys: ['home', 'g'], label: 'Home g', help: 'first event' },
  { command: 'timeline.last', keys: ['end', 'G'], label: 'End G', help: 'last event' },
  { command: 'timeline.goto', keys: [':'], label: ':', help: 'go to event number' },
  { command: 'heap.find', keys: ['/'], label: '/', help: 'find an object by id or type' },
  { command: 'pane.next', keys: ['tab'], label: 'Tab', help: 'cycle panes' },
  { command: 'pane.up', keys: ['up', 'k'], label: '↑ k', help: 'move up within the pane' },
  { command: 'pane.down', keys: ['down', 'j'], label: '↓ j', help: 'move down within the pane' },
  { command: 'pane.pageUp', keys: ['pageup'], label: 'PgUp', help: 'page up within the pane' },
  { command: 'pane.pageDown', keys: ['pagedown'], label: 'PgDn', help: 'page down within the pane' },
  { command: 'heap.sort', keys: ['s'], label: 's', help: 'sort the heap by the next column' },
  { command: 'object.inspect', keys: ['enter'], label: 'Enter', help: 'inspect the selected object' },
  { command: 'object.previousChange', keys: ['w'], label: 'w', help: 'back to its last refcount/holder change' },
  { command: 'object.nextChange', keys: ['W'], label: 'W', help: 'forward to its next such change' },
  { command: 'object.allocation', keys: ['a'], label: 'a', help: 'to its allocation' },
  { command: 'object.free', keys: ['f'], label: 'f', help: 'to its free' },
  { command: 'play.toggle', keys: ['space'], label: 'space', help: 'play / pause (by source line)' },
  { command: 'play.faster', keys: ['+', '='], label: '+', help: 'play faster' },
  { command: 'play.slower', keys: ['-'], label: '-', help: 'play slower' },
  { command: 'export.heap', keys: ['e'], label: 'e', help: 'export heap (heapsnapshot, DOT)' },
  { command: 'app.help', keys: ['?'], label: '?', help: 'this help' },
  { command: 'app.quit', keys: ['q', 'C-c'], label: 'q C-c', help: 'quit' },
];

/** Whether the binding key `k` matches the key press `key`. */
function matches(k: string, key: KeyPress): boolean {
  if (k.startsWith('C-') && k.length > 2) return key.ctrl === true && key.name === k.slice(2);
  if (key.ctrl) return false;
  if ([...k].length === 1) return key.ch === k;
  return key.name === k;
}

/** The command `key` runs in `keymap`, or undefined. */
export function matchKey(key: KeyPress, keymap: readonly Binding[] = KEYMAP): CommandId | undefined {
  for (const b of keymap) if (b.keys.some((k) => matches(k, key))) return b.command;
  return undefined;
}

/**
 * Keys bound to more than one command (a keymap defect), as `key: command, command` lines.
 * Empty for a sound keymap.
 */
export function conflicts(keymap: readonly Binding[] = KEYMAP): string[] {
  const seen = new Map<string, CommandId[]>();
  for (const b of keymap) for (const k of b.keys) seen.set(k, [...(seen.get(k) ?? []), b.command]);
  return [...seen].filter(([, cs]) => cs.length > 1).map(([k, cs]) => `${k}: ${cs.join(', ')}`);
}
