/**
 * The whole front end for one source file: tokenize, parse, and when both succeed, the checks
 * CPython's symbol table and compiler make (semanticChecks.ts). The result is data: a module, and
 * at most one syntax error, the one CPython 3.11 would report.
 */
import type { Module, Statement } from './ast.js';
import type { LocatedSyntaxError, SyntaxDiagnostic } from './diagnostics.js';
import { resolveAbort } from './errorResolution.js';
import { parseFile } from './parseStatements.js';
import { ParseAbort, Parser } from './parser.js';
import { checkSemantics } from './semanticChecks.js';
import { SourceText } from './sourceText.js';
import { tokenize } from './tokenizer.js';

export interface ParseResult {
  /** The module; on a syntax error, the statements parsed before it. */
  readonly module: Module;
  /** Empty, or the one syntax error CPython would report. */
  readonly diagnostics: readonly SyntaxDiagnostic[];
  /** The source as parsed: newlines normalised, a final newline added. */
  readonly text: SourceText;
}

/** Parses `source`, the contents of the file `filename` (used in diagnostics). */
export function parseModule(source: string, filename = '<unknown>'): ParseResult {
  const text = new SourceText(source);
  const { tokens, error } = tokenize(text);
  const parser = new Parser(text, tokens);
  const body: Statement[] = [];
  let diagnostic: LocatedSyntaxError | null = null;
  try {
    parseFile(parser, body);
  } catch (e) {
    if (!(e instanceof ParseAbort)) throw e;
    diagnostic = resolveAbort(parser, e.abort, error);
  }
  // The module spans the whole source, which ends with a newline (or is empty).
  const end = text.source.length;
  const endLine = end === 0 ? 1 : text.lineCount + 1;
  const module: Module = { kind: 'Module', body, start: 0, end, line: 1, col: 0, endLine, endCol: 0 };
  if (diagnostic === null) diagnostic = checkSemantics(module, text);
  return { module, diagnostics: diagnostic ? [{ ...diagnostic, filename }] : [], text };
}
