/**
 * @heapline/python: the Python 3.11 front end of heapline. For now, a tokenizer and a parser
 * for heapline's Python subset, whose syntax errors are the ones CPython 3.11 reports, printed
 * the way it prints them. The public API, and nothing else, is exported here.
 */
import { parseModule, type ParseResult } from './parser/parseModule.js';
import { SourceText } from './parser/sourceText.js';
import { tokenize as tokenizeText, type TokenizerOutput } from './parser/tokenizer.js';

/**
 * Parses a Python source file. Never throws on bad input: a syntax error is returned as data,
 * the one CPython 3.11 would report for the file (its message, line and caret columns), and
 * `module` then holds the statements parsed before it.
 *
 * @example
 * const { module, diagnostics } = parse(source, 'example.py');
 * if (diagnostics.length > 0) process.stderr.write(formatSyntaxError(diagnostics[0]!));
 */
export function parse(source: string, filename: string): ParseResult {
  return parseModule(source, filename);
}

/**
 * Splits Python source into tokens, with NewLine, Indent and Dedent tokens as CPython's
 * tokenizer makes them. The first tokenizer error, if any, ends the token list.
 *
 * @example
 * const { tokens, error } = tokenize('if x:\n    y = 1\n');
 */
export function tokenize(source: string): TokenizerOutput {
  return tokenizeText(new SourceText(source));
}

export type { ParseResult } from './parser/parseModule.js';
export type { TokenizerOutput } from './parser/tokenizer.js';
export type { TokenizerError } from './parser/tokenizerErrors.js';
export { SourceText } from './parser/sourceText.js';
export { formatSyntaxError, type LocatedSyntaxError, type SyntaxDiagnostic, type SyntaxErrorType } from './parser/diagnostics.js';
export { childrenOf, walk } from './parser/walker.js';
export { dumpAst, type DumpOptions } from './parser/astDump.js';
export { TokenKind, KEYWORDS, type Keyword, type Operator, type Token, type StringPrefix } from './parser/tokens.js';
export type * from './parser/ast.js';
export { runPython, type RunOptions, type RunResult } from './interp/run.js';
