/**
 * Syntax errors as data. A {@link SyntaxDiagnostic} carries exactly the attributes CPython puts on
 * a `SyntaxError` (`lineno`, `offset`, `end_lineno`, `end_offset`, `text`, `msg`), so that
 * {@link formatSyntaxError} can print it the way CPython 3.11's `print_exception` and
 * `print_error_text` (Python/pythonrun.c) do, caret line included.
 */

/** The exception classes a syntax error can be raised as. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A syntax error located in a file: what parse() returns. */
export interface SyntaxDiagnostic extends LocatedSyntaxError {
  /** The file name given to parse(). */
  readonly filename: string;
}

/** A syntax error with CPython's location attributes, before a file name is attached. */
export interface LocatedSyntaxError {
  readonly type: SyntaxErrorType;
  readonly message: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column of the first caret; 0 or less prints no caret. */
  readonly offset: number;
  readonly endLineno: number;
  /** 1-based column just past the last caret; -1 means "one caret". */
  readonly endOffset: number;
  /** The source line `lineno`, without its newline; null when there is none to show. */
  readonly text: string | null;
}

/** Length of `s` in UTF-8 bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * A 1-based column counted in code points, converted to UTF-8 bytes on the line `text`. CPython
 * 3.11 reports errors found by its parser and compiler with byte columns (it converts them to
 * characters only for source given as a string), so on lines with non-ASCII characters before the
 * error, the caret it prints sits to the right of the spot; heapline prints the same.
 */
export function utf8Offset(text: string, offset: number): number {
  if (offset <= 1) return offset;
  let bytes = 0;
  let col = 1;
  for (const ch of text) {
    if (col >= offset) break;
    bytes += utf8Length(ch);
    col++;
  }
  // Past the end of the line (a newline, the end of the file), one byte per column.
  return bytes + 1 + (offset - col);
}

/**
 * Formats a syntax error exactly as CPython 3.11 prints it for a script, e.g.
 *
 * ```
 *   File "x.py", line 3
 *     x = (1,
 *         ^
 * SyntaxError: '(' was never closed
 * ```
 *
 * @example
 * const { diagnostics } = parse('x = (1,\n', 'x.py');
 * process.stderr.write(formatSyntaxError(diagnostics[0]!));
 */
export function formatSyntaxError(d: LocatedSyntaxError & { readonly filename?: string }, filename = d.filename ?? '<unknown>'): string {
  let out = `  File "${filename}", line ${d.lineno}\n`;
  if (d.text !== null) {
    // parse_syntax_error: subclasses of SyntaxError carry no end position.
    const isPlain = d.type === 'SyntaxError';
    const endLineno = isPlain ? d.endLineno : d.lineno;
    let endOffset = isPlain ? d.endOffset : -1;
    // CPython measures the line in UTF-8 bytes, its newline included.
    const lineSize = utf8Length(d.text) + 1;
    // A location spanning lines highlights to the end of the first one.
    if (endLineno > d.lineno) endOffset = lineSize;
    // Limit the number of carets to the size of the source line.
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(d.offset, endOffset, d.text);
  }
  return `${out}${d.type}: ${d.message}\n`;
}

/** CPython's print_error_text: the stripped source line, then the caret line. */
function errorText(offset1: number, endOffset: number, text: string): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let offset = offset1 - 1;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  const shown = text.slice(i);
  const len = utf8Length(shown);
  if (offset > len) offset = len;
  let out = `    ${shown}\n`;
  if (offset < 0) return out;
  out += `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
  return out;
}
