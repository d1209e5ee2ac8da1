import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpAst, parse, walk, type Expression, type Node } from '../index.js';

function parseOk(source: string) {
  const result = parse(source, 'test.py');
  expect(result.diagnostics).toEqual([]);
  return result.module;
}

/** The expression of a one-line expression statement. */
function expr(source: string): Expression {
  const stmt = parseOk(source).body[0];
  if (stmt?.kind !== 'ExprStmt') throw new Error(`not an expression statement: ${source}`);
  return stmt.value;
}

/** Operator structure as a Lisp-like string, to read precedence at a glance. */
function sexpr(e: Expression): string {
  switch (e.kind) {
    case 'Name': return e.id;
    case 'Int': return e.text;
    case 'BinOp': return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'UnaryOp': return `(${e.op} ${sexpr(e.operand)})`;
    case 'BoolOp': return `(${e.op} ${e.values.map(sexpr).join(' ')})`;
    case 'Compare': return `(${[sexpr(e.left), ...e.ops.flatMap((op, i) => [op, sexpr(e.comparators[i]!)])].join(' ')})`;
    case 'IfExp': return `(if ${sexpr(e.test)} ${sexpr(e.body)} ${sexpr(e.orelse)})`;
    case 'Lambda': return `(lambda ${sexpr(e.body)})`;
    case 'Call': return `(call ${sexpr(e.func)} ${e.args.map(sexpr).join(' ')})`;
    case 'Attribute': return `(. ${sexpr(e.value)} ${e.attr})`;
    case 'Subscript': return `([] ${sexpr(e.value)} ${sexpr(e.slice)})`;
    case 'Tuple': return `(tuple ${e.elts.map(sexpr).join(' ')})`;
    case 'Starred': return `(* ${sexpr(e.value)})`;
    case 'NamedExpr': return `(:= ${e.target.id} ${sexpr(e.value)})`;
    default: return e.kind;
  }
}

describe('operator precedence and associativity', () => {
  it.each([
    ['a or b and not c', '(or a (and b (not c)))'],
    ['not a == b', '(not (a == b))'],
    ['a | b ^ c & d << e + f * g ** h', '(| a (^ b (& c (<< d (+ e (* f (** g h)))))))'],
    ['-2 ** -1', '(- (** 2 (- 1)))'],
    ['x ** y ** z', '(** x (** y z))'],
    ['a - b - c', '(- (- a b) c)'],
    ['a // b % c @ d / e', '(/ (@ (% (// a b) c) d) e)'],
    ['~a + -b', '(+ (~ a) (- b))'],
    ['a if b else c if d else e', '(if b a (if d c e))'],
    ['lambda: a if b else c', '(lambda (if b a c))'],
    ['a < b <= c is not d not in e', '(a < b <= c is not d not in e)'],
    ['a is not b in c', '(a is not b in c)'],
    ['a.b(c)[d].e', '(. ([] (call (. a b) c) d) e)'],
    ['(a or b) and c', '(and (or a b) c)'],
    ['a and b or c and d', '(or (and a b) (and c d))'],
    ['-a ** b', '(- (** a b))'],
    ['a + b < c * d', '((+ a b) < (* c d))'],
    ['not a or not b', '(or (not a) (not b))'],
    ['(x := a + 1)', '(:= x (+ a 1))'],
    ['a, *b', '(tuple a (* b))'],
  ])('%s', (source, expected) => {
    expect(sexpr(expr(source))).toBe(expected);
  });
});

describe('literals', () => {
  it('keeps ints exact, whatever their size and base', () => {
    const big = expr('123_456_789_012_345_678_901_234_567_890');
    expect(big).toMatchObject({ kind: 'Int', value: 123456789012345678901234567890n });
    expect(expr('0xFFFF_FFFF_FFFF_FFFF_FF')).toMatchObject({ value: 0xffffffffffffffffffn });
    expect(expr('0o777')).toMatchObject({ value: 511n });
    expect(expr('0b1010')).toMatchObject({ value: 10n });
  });

  it('reads floats and imaginary numbers', () => {
    expect(expr('1.5e-3')).toMatchObject({ kind: 'Float', value: 0.0015 });
    expect(expr('1_0.5')).toMatchObject({ kind: 'Float', value: 10.5 });
    expect(expr('2.5j')).toMatchObject({ kind: 'Imaginary', value: 2.5 });
  });

  it('decodes escapes and concatenates adjacent strings', () => {
    expect(expr(String.raw`'a\tb' "\x41\u00e9\101" r'\n'`)).toMatchObject({ kind: 'Str', value: 'a\tbAéA\\n' });
    expect(expr(String.raw`b'\x00\xff' rb'\n'`)).toMatchObject({ kind: 'Bytes', value: Uint8Array.from([0, 255, 92, 110]) });
  });

  it('splits f-strings into text and fields, with conversions, specs and the = specifier', () => {
    expect(dumpAst(expr("f'a{x!r:>{w}}b{y=}'"))).toBe(
      [
        'FString',
        '  parts:',
        '    FStringText value="a"',
        '    FormattedValue conversion="r"',
        '      value: Name id="x" ctx="load"',
        '      formatSpec: FString',
        '        parts:',
        '          FStringText value=">"',
        '          FormattedValue',
        '            value: Name id="w" ctx="load"',
        '    FStringText value="by="',
        '    FormattedValue conversion="r"',
        '      value: Name id="y" ctx="load"',
      ].join('\n'),
    );
  });

  it('places f-string expressions at their real position in the file', () => {
    const fstring = expr('  \n(f"{a}"\n f"""\n{b +\n  c}""")'.trimStart());
    const names: string[] = [];
    walk(fstring, (n) => {
      if (n.kind === 'Name') names.push(`${n.id}@${n.line}:${n.col}`);
    });
    expect(names).toEqual(['a@1:4', 'b@3:1', 'c@4:2']);
  });
});

describe('the syntax tree', () => {
  it('dumps statements with fields and positions', () => {
    const module = parseOk('for i, x in enumerate(xs):\n    total += x\nelse:\n    del total\n');
    expect(dumpAst(module, { positions: true })).toBe(
      [
        'Module @1:0-5:0',
        '  body:',
        '    For @1:0-4:13',
        '      target: Tuple ctx="store" @1:4-1:8',
        '        elts:',
        '          Name id="i" ctx="store" @1:4-1:5',
        '          Name id="x" ctx="store" @1:7-1:8',
        '      iter: Call @1:12-1:25',
        '        func: Name id="enumerate" ctx="load" @1:12-1:21',
        '        args:',
        '          Name id="xs" ctx="load" @1:22-1:24',
        '      body:',
        '        AugAssign op="+" @2:4-2:14',
        '          target: Name id="total" ctx="store" @2:4-2:9',
        '          value: Name id="x" ctx="load" @2:13-2:14',
        '      orelse:',
        '        Delete @4:4-4:13',
        '          targets:',
        '            Name id="total" ctx="del" @4:8-4:13',
      ].join('\n'),
    );
  });

  it('dumps definitions: decorators, parameters, defaults and annotations', () => {
    const module = parseOk('@dec\ndef f(a, b=1, /, *args, c: int, **kw) -> None:\n    return a\n');
    expect(dumpAst(module)).toBe(
      [
        'Module',
        '  body:',
        '    FunctionDef name="f"',
        '      args: Arguments',
        '        posonlyargs:',
        '          Arg name="a"',
        '          Arg name="b"',
        '        vararg: Arg name="args"',
        '        kwonlyargs:',
        '          Arg name="c"',
        '            annotation: Name id="int" ctx="load"',
        '        kwDefaults:',
        '          null',
        '        kwarg: Arg name="kw"',
        '        defaults:',
        '          Int value=1 text="1"',
        '      body:',
        '        Return',
        '          value: Name id="a" ctx="load"',
        '      decorators:',
        '        Name id="dec" ctx="load"',
        '      returns: None',
      ].join('\n'),
    );
  });

  it('walks every node in source order', () => {
    const kinds: string[] = [];
    walk(parseOk('x = [a + 1 for a in b if a]\n'), (n: Node) => {
      kinds.push(n.kind);
    });
    expect(kinds).toEqual(['Module', 'Assign', 'Name', 'ListComp', 'BinOp', 'Name', 'Int', 'Comprehension', 'Name', 'Name', 'Name']);
  });

  it('keeps the statements before a syntax error', () => {
    const { module, diagnostics } = parse('a = 1\nb = 2\nc = = 3\nd = 4\n', 'x.py');
    expect(module.body.map((s) => s.kind)).toEqual(['Assign', 'Assign']);
    expect(diagnostics[0]).toMatchObject({ message: 'invalid syntax', lineno: 3, filename: 'x.py' });
  });
});

describe('robustness', () => {
  const pieces = ['x', ' ', '\n', '(', ')', '[', ']', '{', '}', ':', '=', ',', '"', "'", '\\', 'if', 'def', 'f"{', '}', '1', '.', '*', '#', '\t', 'lambda', 'é', '🐍'];

  it('never throws, whatever the input, and reports at most one error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const { diagnostics } = parse(parts.join(''), 'fuzz.py');
        expect(diagnostics.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        parse(text, 'fuzz.py');
      }),
      { numRuns: 2000 },
    );
  });
});
