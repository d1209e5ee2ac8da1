/**
 * Indentation at the start of a logical line, as CPython 3.11's tokenizer computes it: columns
 * with tabs to the next multiple of 8, checked against a second measure with tabs as 1 column
 * ("altcol"), so that indentation whose meaning depends on the tab size is a TabError.
 */
import type { TokenizerError } from './tokenizerErrors.js';
import type { SourceText } from './sourceText.js';

const TAB_SIZE = 8;
/** CPython's MAXINDENT. */
const MAX_INDENT = 100;

/** The stack of indentation columns (CPython's indstack and altindstack). */
export class IndentStack {
  private readonly cols: number[] = [0];
  private readonly altCols: number[] = [0];

  /** Number of indentation levels above column 0. */
  get depth(): number {
    return this.cols.length - 1;
  }

  top(): number {
    return this.cols[this.cols.length - 1] ?? 0;
  }

  altTop(): number {
    return this.altCols[this.altCols.length - 1] ?? 0;
  }

  push(col: number, altCol: number): void {
    this.cols.push(col);
    this.altCols.push(altCol);
  }

  pop(): void {
    this.cols.pop();
    this.altCols.pop();
  }
}

export interface IndentationResult {
  /** Offset of the first character after the indentation. */
  readonly firstChar: number;
  readonly indent: boolean;
  readonly dedents: number;
  readonly error: TokenizerError | null;
}

/**
 * Measures the indentation of the line starting at `pos` and updates `stack`. Blank lines,
 * comment-only lines, lines inside brackets and the end of the source change nothing.
 */
export function indentationAfterNewline(
  text: SourceText,
  stack: IndentStack,
  pos: number,
  line: number,
  inBrackets: boolean,
): IndentationResult {
  const src = text.source;
  let col = 0;
  let altCol = 0;
  let i = pos;
  for (; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x20) {
      col++;
      altCol++;
    } else if (c === 0x09) {
      col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
      altCol++;
    } else if (c === 0x0c) {
      col = 0;
      altCol = 0;
    } else {
      break;
    }
  }
  const unchanged: IndentationResult = { firstChar: i, indent: false, dedents: 0, error: null };
  const c = src.charCodeAt(i);
  if (inBrackets || i >= src.length || c === 0x23 || c === 0x0a) return unchanged;

  const tabError = (): IndentationResult => ({
    ...unchanged,
    error: { kind: 'token', type: 'TabError', message: 'inconsistent use of tabs and spaces in indentation', lineno: line, offset: 1, endOffset: -1 },
  });
  if (col === stack.top()) {
    return altCol !== stack.altTop() ? tabError() : unchanged;
  }
  if (col > stack.top()) {
    if (stack.depth + 1 >= MAX_INDENT) {
      const error: TokenizerError = { kind: 'token', type: 'IndentationError', message: 'too many levels of indentation', lineno: line, offset: 1, endOffset: -1 };
      return { ...unchanged, error };
    }
    if (altCol <= stack.altTop()) return tabError();
    stack.push(col, altCol);
    return { ...unchanged, indent: true };
  }
  let dedents = 0;
  while (stack.depth > 0 && col < stack.top()) {
    stack.pop();
    dedents++;
  }
  if (col !== stack.top()) {
    const lineText = text.lineText(line);
    const error: TokenizerError = {
      kind: 'token',
      type: 'IndentationError',
      message: 'unindent does not match any outer indentation level',
      lineno: line,
      offset: lineText.length + 1,
      endOffset: -1,
      byteColumns: true,
    };
    return { ...unchanged, error };
  }
  if (altCol !== stack.altTop()) return tabError();
  return { ...unchanged, dedents };
}
