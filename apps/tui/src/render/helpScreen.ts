import { KEYMAP, type Binding } from '../keymap/keymap.js';
import { bold, braces, fit } from './markup.js';

/**
 * The help screen: the key table, straight from the keymap, in one column or, when the screen
 * is too short for that, two.
 */
export function helpLines(width: number, height: number, keymap: readonly Binding[] = KEYMAP): string[] {
  const keyW = Math.max(...keymap.map((b) => [...b.label].length)) + 2;
  const rows = Math.max(1, height - 4);
  const columns = keymap.length <= rows ? 1 : 2;
  const perColumn = Math.ceil(keymap.length / columns);
  const colW = Math.floor(width / columns);
  const entry = (b: Binding | undefined) => (b ? bold(braces(fit(b.label, keyW))) + braces(fit(b.help, colW - keyW - 1)) + ' ' : '');
  const out = [bold('heapline tui: keys'), ''];
  for (let r = 0; r < perColumn; r++) {
    let line = '';
    for (let c = 0; c < columns; c++) line += entry(keymap[c * perColumn + r]);
    out.push(line);
  }
  out.push('', braces('Any key closes this help; q quits.'));
  return out;
}
