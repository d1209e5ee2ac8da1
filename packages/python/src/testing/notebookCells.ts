/**
 * Code cells of a notebook, for tests: from a real `.ipynb` (JSON), or from the plain-text export
 * the seed notebook is stored as, where each cell starts with an `In [N]:` line and its code is
 * followed by its printed output and by prose. In that format the code is the run of blank-line
 * separated blocks after the `In [N]:` line up to the first block that does not look like code.
 */

/** The source of every code cell of `content`, a notebook read from `path`. */
export function notebookCodeCells(path: string, content: string): string[] {
  if (path.endsWith('.ipynb')) return ipynbCodeCells(content);
  return textExportCodeCells(content);
}

function ipynbCodeCells(json: string): string[] {
  const notebook = JSON.parse(json) as { cells?: { cell_type?: string; source?: string | string[] }[] };
  return (notebook.cells ?? [])
    .filter((cell) => cell.cell_type === 'code')
    .map((cell) => (Array.isArray(cell.source) ? cell.source.join('') : (cell.source ?? '')));
}

const CELL_START = /^In \[[^\]]*\]:\s*$/;
/** A first line that can only be Python code in these cells. */
const CODE_LINE = /^(\s|#|@|(import|from|def|class|for|while|if|with|try|return|del|print|pass)\b)|^[\w.[\]]+\s*=[^=]|\w\(/;

function textExportCodeCells(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const cells: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!CELL_START.test(lines[i] ?? '')) continue;
    const code: string[] = [];
    let block: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !CELL_START.test(lines[j] ?? ''); j++) {
      const line = lines[j] ?? '';
      if (line.trim() !== '') {
        block.push(line);
        continue;
      }
      if (block.length === 0) continue;
      if (!CODE_LINE.test(block[0] ?? '')) break;
      code.push(...block, '');
      block = [];
    }
    if (block.length > 0 && CODE_LINE.test(block[0] ?? '')) code.push(...block);
    cells.push(`${code.join('\n').trimEnd()}\n`);
    i = j - 1;
  }
  return cells;
}
