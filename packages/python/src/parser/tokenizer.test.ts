import { describe, expect, it } from 'vitest';
import { tokenize } from '../index.js';
import type { Token } from './tokens.js';

/** Tokens as short strings: kind, plus the value or text for the kinds that have one. */
function kinds(source: string): string[] {
  return tokenize(source).tokens.map(show);
}

function show(t: Token): string {
  switch (t.kind) {
    case 'name':
    case 'keyword':
    case 'op':
      return t.value;
    case 'number':
      return `${t.numberKind}:${t.text}`;
    case 'string':
      return `str:${t.quoteLength}${t.prefix.raw ? 'r' : ''}${t.prefix.bytes ? 'b' : ''}${t.prefix.format ? 'f' : ''}`;
    default:
      return t.kind.toUpperCase();
  }
}

describe('tokenize: lines and indentation', () => {
  it('emits NewLine, Indent and Dedent around blocks', () => {
    expect(kinds('if x:\n    y = 1\n    if z:\n        pass\nw\n')).toEqual([
      'if', 'x', ':', 'NEWLINE',
      'INDENT', 'y', '=', 'int:1', 'NEWLINE',
      'if', 'z', ':', 'NEWLINE',
      'INDENT', 'pass', 'NEWLINE',
      'DEDENT', 'DEDENT', 'w', 'NEWLINE', 'EOF',
    ]);
  });

  it('closes open blocks with dedents at the end of the source', () => {
    expect(kinds('def f():\n  return 1')).toEqual(['def', 'f', '(', ')', ':', 'NEWLINE', 'INDENT', 'return', 'int:1', 'NEWLINE', 'DEDENT', 'EOF']);
  });

  it('ignores blank and comment-only lines, whatever their indentation', () => {
    expect(kinds('a\n\n      # note\n   \nb  # trailing\n')).toEqual(['a', 'NEWLINE', 'b', 'NEWLINE', 'EOF']);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = (1,\n        2)\ny = 1 + \\\n  2\n')).toEqual([
      'x', '=', '(', 'int:1', ',', 'int:2', ')', 'NEWLINE', 'y', '=', 'int:1', '+', 'int:2', 'NEWLINE', 'EOF',
    ]);
  });

  it('starts the NewLine token of a line ending in a comment at the comment, as CPython does', () => {
    const nl = tokenize('x  # c\n').tokens[1]!;
    expect([nl.kind, nl.col, nl.endCol]).toEqual(['newline', 3, 6]);
  });

  it('records the bracket level of each token', () => {
    expect(tokenize('f([a])').tokens.slice(0, 6).map((t) => t.level)).toEqual([0, 1, 2, 2, 1, 0]);
  });

  it('measures tabs to multiples of eight and rejects ambiguous tab/space mixes', () => {
    expect(kinds('if x:\n\ty\n\tz\n')).toContain('INDENT');
    const out = tokenize('if x:\n        a = 1\n\tb = 2\n');
    expect(out.error?.type).toBe('TabError');
  });
});

describe('tokenize: literals', () => {
  it('reads numbers the way CPython does', () => {
    expect(kinds('0 00 7 1_000 0x_1F 0o17 0b1_0 1.5 .5 5. 1e10 1.5E-3 2j 1_0.0_1 1if x else 2')).toEqual([
      'int:0', 'int:00', 'int:7', 'int:1_000', 'int:0x_1F', 'int:0o17', 'int:0b1_0', 'float:1.5',
      'float:.5', 'float:5.', 'float:1e10', 'float:1.5E-3', 'imaginary:2j', 'float:1_0.0_1',
      'int:1', 'if', 'x', 'else', 'int:2', 'NEWLINE', 'EOF',
    ]);
  });

  it('reads every string prefix, quote and triple quote', () => {
    expect(kinds(`'a' "b" '''c''' """d""" r'e' b"f" rb'g' BR"h" f'i' Fr"j" u'k'`).slice(0, 11)).toEqual([
      'str:1', 'str:1', 'str:3', 'str:3', 'str:1r', 'str:1b', 'str:1rb', 'str:1rb', 'str:1f', 'str:1rf', 'str:1',
    ]);
  });

  it('keeps a multi-line string as one token with its first and last lines', () => {
    const t = tokenize('x = """a\nb\nc"""\n').tokens[2]!;
    expect([t.kind, t.line, t.col, t.endLine, t.endCol]).toEqual(['string', 1, 4, 3, 4]);
  });

  it('takes prefixes only when a quote follows: `rb` alone is a name', () => {
    expect(kinds('rb bf"x"')).toEqual(['rb', 'bf', 'str:1', 'NEWLINE', 'EOF']);
  });

  it('counts columns in code points, as CPython counts characters', () => {
    const t = tokenize('s = "🐍" + x').tokens[4]!;
    expect([show(t), t.col]).toEqual(['x', 10]);
  });
});

describe('tokenize: errors', () => {
  it.each([
    ['x = "abc\n', 'unterminated string literal (detected at line 1)', 1, 5],
    ['x = 1\ny = """\n\n', 'unterminated triple-quoted string literal (detected at line 3)', 2, 5],
    ['x = 0x\n', 'invalid hexadecimal literal', 1, 6],
    ['x = 1abc\n', 'invalid decimal literal', 1, 5],
    ['x = 09\n', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 5],
    ['x = 1)\n', "unmatched ')'", 1, 6],
    ['x = (]\n', "closing parenthesis ']' does not match opening parenthesis '('", 1, 6],
    ['x = 1 \\ 2\n', 'unexpected character after line continuation character', 1, 8],
    ['x = a\u2013b\n', "invalid character '\u2013' (U+2013)", 1, 6],
    ['x = (1,\n', "'(' was never closed", 1, 5],
  ])('%j', (source, message, lineno, offset) => {
    const { tokens, error } = tokenize(source);
    expect(error).toMatchObject({ message, lineno, offset });
    expect(tokens.map((t) => t.kind).slice(-2)).toEqual(['error', 'eof']);
  });

  it('reports a dedent to no enclosing level', () => {
    expect(tokenize('if x:\n    a\n  b\n').error).toMatchObject({
      type: 'IndentationError',
      message: 'unindent does not match any outer indentation level',
      lineno: 3,
    });
  });
});
