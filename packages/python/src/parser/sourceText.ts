/**
 * The source as the tokenizer and parser see it: newlines normalised to `\n` (CPython's
 * tokenizer translates `\r\n` and `\r` the same way), a leading byte-order mark dropped, and a
 * final newline added if missing, as CPython's tokenizer does for the last line. Lines are
 * numbered from 1.
 */
export class SourceText {
  readonly source: string;
  /** Offset of the first character of each line; lineStarts[0] is line 1. */
  private readonly lineStarts: number[];
  /** Whether any character needs two UTF-16 units (columns then count code points). */
  private readonly hasAstral: boolean;

  constructor(raw: string) {
    let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
    if (s.length > 0 && !s.endsWith('\n')) s += '\n';
    this.source = s;
    const starts = [0];
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    this.hasAstral = /[\uD800-\uDBFF]/.test(s);
  }

  /**
   * The column of `offset` on the line starting at `lineStart`, in code points as CPython counts
   * characters (an emoji is one column, not two UTF-16 units).
   */
  column(lineStart: number, offset: number): number {
    if (!this.hasAstral) return offset - lineStart;
    let col = 0;
    for (let i = lineStart; i < offset; i++) {
      const c = this.source.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  /** Number of lines; also the line CPython gives the end of the source. At least 1. */
  get lineCount(): number {
    return Math.max(1, this.lineStarts.length - 1);
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.min(lo + 1, this.lineCount);
  }

  /** Offset where line `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.source.length;
  }

  /** The text of line `line` without its newline; '' past the end. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined || start >= this.source.length) return '';
    const end = this.source.indexOf('\n', start);
    return this.source.slice(start, end < 0 ? undefined : end);
  }

  /** 0-based column (in code points) of `offset` on its line. */
  colOf(offset: number): number {
    return this.column(this.lineStart(this.lineOf(offset)), offset);
  }
}
