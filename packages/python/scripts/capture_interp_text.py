#!/usr/bin/env python3
"""Captures what CPython 3.11 prints for the snippets of src/interp/textOps.test.ts.

Each group below is a small program: a prelude defining t() (print the repr of a call's result,
or 'ExcType: message' when it raises) followed by the group's lines. The program runs under this
python3, and its stdout is written with its source to test-data/interp-text/cases.json; the
vitest file runs the same source through heapline's interpreter and compares. Every expected
output here is printed by CPython, never typed by hand.

Usage: python3 packages/python/scripts/capture_interp_text.py
"""
import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'run this with CPython 3.11'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test-data', 'interp-text')
os.makedirs(OUT, exist_ok=True)

PRELUDE = '''\
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
'''

GROUPS = {}


def group(name, *lines):
    GROUPS[name] = '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- case mapping and predicates

group('case',
      "t(lambda: 'Hello World'.upper())",
      "t(lambda: 'ß straße'.upper())",
      "t(lambda: 'ﬁ ǆ'.upper())",
      "t(lambda: 'AİΣ'.lower())",
      "t(lambda: 'ΟΔΟΣ ΟΔΟΣ.'.lower())",
      "t(lambda: 'Straße'.casefold())",
      "t(lambda: 'hELLo ǅ'.swapcase())",
      "t(lambda: \"they're bill's friends\".title())",
      "t(lambda: 'ﬁsh ǆungla 3rd x1y'.title())",
      "t(lambda: 'ǆemal HELLO'.capitalize())",
      "t(lambda: ''.upper())",
      "t(lambda: '\\U0001f600abc'.upper())",
      "t(lambda: 'a'.upper(1))",
      "t(lambda: 'a'.lower(x=1))",
      "t(lambda: str.upper())",
      "t(lambda: str.upper(1))",
      "t(lambda: str.upper('abc'))",
      )

group('predicates',
      "for s in ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '١٢٣', '½', '²', 'a1', ' \\t\\n', '\\x1c\\x85\\xa0', 'Hello World',",
      "          'Hello world', 'ǅungla', '_x1', '1x', 'é', '\\x7f', '\\u200b', 'a b', '\\U0001d7d8', 'Ⅻ', '\\ud800']:",
      "    print(repr(s), [getattr(s, m)() for m in ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit',",
      "          'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']])",
      "t(lambda: 'a'.isdigit(1))",
      )

# ---------------------------------------------------------------- strip, split, join

group('strip',
      "t(lambda: '  a b \\t\\n'.strip())",
      "t(lambda: '\\x1c\\u2000a\\u3000'.strip())",
      "t(lambda: 'xxaxyx'.strip('xy'))",
      "t(lambda: 'xxaxyx'.lstrip('x'))",
      "t(lambda: 'xxaxyx'.rstrip('xy'))",
      "t(lambda: '😀a😀'.strip('😀'))",
      "t(lambda: 'abc'.strip(None))",
      "t(lambda: 'a'.strip(1))",
      "t(lambda: 'a'.lstrip('a', 'b'))",
      "t(lambda: 'a'.rstrip(chars='a'))",
      "s = 'abc'; print(s.strip() is s, s.strip('x') is s, s.strip('a') is s)",
      )

group('split',
      "t(lambda: ' a  b\\tc\\n'.split())",
      "t(lambda: ' a  b\\tc\\n'.split(None, 1))",
      "t(lambda: ' a  b\\tc\\n'.rsplit(None, 1))",
      "t(lambda: 'a,b,,c'.split(','))",
      "t(lambda: 'a,b,,c'.split(',', 1))",
      "t(lambda: 'a,b,,c'.rsplit(',', 1))",
      "t(lambda: 'a,b,,c'.split(sep=',', maxsplit=2))",
      "t(lambda: 'a😀b😀c'.split('😀'))",
      "t(lambda: 'a\\u2028b\\x1cc d'.split())",
      "t(lambda: ''.split())",
      "t(lambda: ''.split(','))",
      "t(lambda: 'abc'.split(''))",
      "t(lambda: 'a b'.split(1))",
      "t(lambda: 'a b'.split(None, 'x'))",
      "t(lambda: 'a b'.split(x=1))",
      "t(lambda: 'a b'.rsplit(' ', sep=' '))",
      "t(lambda: 'a b'.split(None, 1, 2))",
      "t(lambda: 'a b'.split(' ', maxsplit=2**70))",
      "t(lambda: 'a,b'.split(',', -5))",
      "t(lambda: 'a,b'.split(',', True))",
      "s = 'abc'; print(s.split()[0] is s, s.split(',')[0] is s, s.rsplit('x')[0] is s)",
      )

group('splitlines',
      "t(lambda: 'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l'.splitlines())",
      "t(lambda: 'a\\nb\\r\\n\\n'.splitlines(True))",
      "t(lambda: 'a\\nb'.splitlines(keepends=1))",
      "t(lambda: ''.splitlines())",
      "t(lambda: 'a\\nb'.splitlines('x'))",
      "t(lambda: 'a\\nb'.splitlines(None))",
      "t(lambda: 'a\\nb'.splitlines(x=1))",
      "t(lambda: 'a'.splitlines(2**70))",
      )

group('join',
      "t(lambda: ', '.join(['a', 'b', 'c']))",
      "t(lambda: ''.join(('x', 'y')))",
      "t(lambda: '-'.join('abc'))",
      "t(lambda: '-'.join(x for x in 'ab'))",
      "t(lambda: '-'.join({'k': 1, 'j': 2}))",
      "t(lambda: '-'.join([]))",
      "t(lambda: 'a'.join(1))",
      "t(lambda: 'a'.join([1]))",
      "t(lambda: 'a'.join(['x', 2]))",
      "t(lambda: 'a'.join())",
      "t(lambda: 'a'.join(iterable=[]))",
      "s = 'xyz'; print(''.join([s]) is s)",
      )

# ---------------------------------------------------------------- search

group('find',
      "s = 'héllo wörld😀 hello'",
      "for sub in ['l', 'o', 'hello', '😀', '', 'z']:",
      "    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 10), s.count(sub, -8), s.find(sub, None, -2))",
      "t(lambda: s.index('z'))",
      "t(lambda: s.rindex('l', 5, 6))",
      "t(lambda: s.index('😀'))",
      "t(lambda: 'abc'.find('c', -2**70, 2**70))",
      "t(lambda: 'ab'.find('', 2))",
      "t(lambda: 'ab'.find('', 3))",
      "t(lambda: 'ab'.count(''))",
      "t(lambda: ''.count('', 1))",
      "t(lambda: 'a'.find())",
      "t(lambda: 'a'.find('a', 1, 2, 3))",
      "t(lambda: 'a'.find(sub='a'))",
      "t(lambda: 'a'.count(1))",
      "t(lambda: 'a'.find('a', 'x'))",
      "t(lambda: 'a'.rfind('a', 1.0))",
      "t(lambda: 'a'.index())",
      "class I:",
      "    def __index__(self): return 1",
      "t(lambda: 'abc'.find('b', I()))",
      )

group('startswith',
      "s = 'hello😀world'",
      "t(lambda: s.startswith('hell'))",
      "t(lambda: s.startswith(('x', 'he')))",
      "t(lambda: s.startswith(()))",
      "t(lambda: s.endswith('world'))",
      "t(lambda: s.endswith('😀', 0, 6))",
      "t(lambda: s.startswith('😀', 5))",
      "t(lambda: s.startswith('', 11))",
      "t(lambda: s.startswith('', 12))",
      "t(lambda: s.endswith('o', None, -6))",
      "t(lambda: 'abc'.endswith('c', -2**70, 2**70))",
      "t(lambda: 'a'.startswith(1))",
      "t(lambda: 'a'.startswith(('a', 1)))",
      "t(lambda: 'a'.startswith(('b', 1)))",
      "t(lambda: 'a'.endswith([1]))",
      "t(lambda: 'a'.startswith())",
      "t(lambda: 'a'.endswith('a', 'x'))",
      )

group('partition',
      "t(lambda: 'a=b=c'.partition('='))",
      "t(lambda: 'a=b=c'.rpartition('='))",
      "t(lambda: 'abc'.partition('='))",
      "t(lambda: 'abc'.rpartition('='))",
      "t(lambda: 'a😀b'.partition('😀'))",
      "t(lambda: 'abc'.partition(''))",
      "t(lambda: 'abc'.partition(1))",
      "t(lambda: 'abc'.partition())",
      "s = 'abc'; print(s.partition('x')[0] is s, s.rpartition('x')[2] is s)",
      "t(lambda: 'prefix-body'.removeprefix('prefix-'))",
      "t(lambda: 'body.txt'.removesuffix('.txt'))",
      "t(lambda: 'body'.removesuffix(''))",
      "t(lambda: 'a'.removeprefix(1))",
      "t(lambda: 'a'.removesuffix())",
      )

group('replace',
      "t(lambda: 'aaa'.replace('a', 'b'))",
      "t(lambda: 'aaa'.replace('a', 'b', 2))",
      "t(lambda: 'aaa'.replace('a', 'b', 0))",
      "t(lambda: 'aaa'.replace('a', 'b', -1))",
      "t(lambda: 'abc'.replace('', '-'))",
      "t(lambda: 'abc'.replace('', '-', 2))",
      "t(lambda: 'a😀b😀'.replace('😀', 'x'))",
      "t(lambda: '😀😀'.replace('', '|'))",
      "t(lambda: 'a'.replace(1, 'b'))",
      "t(lambda: 'a'.replace('a', 1))",
      "t(lambda: 'a'.replace('a'))",
      "t(lambda: 'a'.replace('a', 'b', 'c'))",
      "t(lambda: 'aaa'.replace('a', 'b', count=2))",
      "t(lambda: 'aa'.replace('a', 'b', 2**70))",
      )

# ---------------------------------------------------------------- layout

group('layout',
      "t(lambda: 'ab'.center(7, '*'))",
      "t(lambda: 'ab'.center(5, '*'))",
      "t(lambda: 'abc'.center(6, '*'))",
      "t(lambda: 'a'.center(5, '😀'))",
      "t(lambda: 'é'.ljust(4, '.'))",
      "t(lambda: '😀'.rjust(3))",
      "t(lambda: 'a'.center(-5))",
      "t(lambda: 'a'.center())",
      "t(lambda: 'a'.ljust(1, 2, 3))",
      "t(lambda: 'a'.rjust(width=3))",
      "t(lambda: 'a'.center('x'))",
      "t(lambda: 'a'.center(3, 1))",
      "t(lambda: 'a'.center(3, 'ab'))",
      "t(lambda: 'a'.center(3.0))",
      "t(lambda: 'a'.center(2**70))",
      "t(lambda: '-42'.zfill(6))",
      "t(lambda: '+4'.zfill(4))",
      "t(lambda: 'abc'.zfill(2))",
      "t(lambda: ''.zfill(3))",
      "t(lambda: 'a'.zfill())",
      "t(lambda: 'a'.zfill('x'))",
      "t(lambda: 'a\\tbc\\td\\n\\tx'.expandtabs())",
      "t(lambda: 'a\\tbc\\td'.expandtabs(4))",
      "t(lambda: 'a\\tb'.expandtabs(tabsize=0))",
      "t(lambda: 'a\\tb'.expandtabs(-1))",
      "t(lambda: '😀\\tb'.expandtabs(3))",
      "t(lambda: 'a\\tb'.expandtabs('x'))",
      "t(lambda: 'a\\tb'.expandtabs(1, 2))",
      "t(lambda: 'a\\tb'.expandtabs(x=1))",
      "s = 'abc'; print(s.center(2) is s, s.zfill(3) is s, s.expandtabs() is s, s.ljust(3) is s)",
      )

# ---------------------------------------------------------------- translate, encode, dunders

group('translate',
      "t(lambda: str.maketrans('ab', 'xy'))",
      "t(lambda: str.maketrans('ab', 'xy', 'c'))",
      "t(lambda: str.maketrans({'a': 'A', 98: None}))",
      "t(lambda: 'x'.maketrans('a', 'b'))",
      "t(lambda: 'abcabc'.translate(str.maketrans('ab', 'xy', 'c')))",
      "t(lambda: 'abc'.translate({97: 'xyz', 98: None, 99: 100}))",
      "t(lambda: 'abc'.translate(['x', None, 'yy'] * 40))",
      "t(lambda: 'abc'.translate({97: 1.5}))",
      "t(lambda: 'abc'.translate({97: 0x110000}))",
      "t(lambda: 'abc'.translate(1))",
      "t(lambda: str.maketrans())",
      "t(lambda: str.maketrans(1))",
      "t(lambda: str.maketrans({'ab': 1}))",
      "t(lambda: str.maketrans({1.5: 'a'}))",
      "t(lambda: str.maketrans('ab', 'c'))",
      "t(lambda: str.maketrans('ab', 'cd', 1))",
      "t(lambda: str.maketrans(1, 'a'))",
      "t(lambda: str.maketrans(x={}))",
      )

group('pending_encode',
      "t(lambda: 'héllo'.encode())",
      "t(lambda: '😀€'.encode('utf-8'))",
      "t(lambda: 'é'.encode('latin-1'))",
      "t(lambda: 'abc'.encode('ascii'))",
      "t(lambda: 'é'.encode('ascii', 'replace'))",
      "t(lambda: 'é'.encode('ascii', 'ignore'))",
      "t(lambda: 'é'.encode(encoding='utf8', errors='ignore'))",
      "t(lambda: 'a'.encode(1))",
      "t(lambda: 'a'.encode('nope'))",
      "t(lambda: 'é'.encode('ascii', 'bogus'))",
      )

group('dunders',
      "t(lambda: 'ab'.__len__())",
      "t(lambda: '😀b'.__len__())",
      "t(lambda: 'abc'.__contains__('b'))",
      "t(lambda: 'abc'.__contains__(1))",
      "t(lambda: 1 in 'abc')",
      "t(lambda: 'abc'.__getitem__(1))",
      "t(lambda: 'ab'.__add__('c'))",
      "t(lambda: 'ab'.__add__(1))",
      "t(lambda: 'ab'.__mul__(3))",
      "t(lambda: 'ab'.__rmul__(2))",
      "t(lambda: 'ab'.__mul__(True))",
      "t(lambda: 'ab'.__mul__(-1))",
      "t(lambda: 'a'.__mul__(2.0))",
      "t(lambda: '%s-%s'.__mod__((1, 2)))",
      "t(lambda: '%s'.__rmod__(1))",
      "t(lambda: 'a'.__format__('>3'))",
      "t(lambda: 'a'.__format__(1))",
      "t(lambda: 'ab'.__getnewargs__())",
      "t(lambda: 'abc'.__sizeof__())",
      "t(lambda: str.__len__(1))",
      "class S(str):",
      "    pass",
      "t(lambda: S('%s!') % 5)",
      "t(lambda: 3 * S('ab'))",
      "t(lambda: S('ab') + 'c')",
      "t(lambda: type(S('ab').strip()))",
      "t(lambda: format(S('x'), '>3'))",
      )

# ---------------------------------------------------------------- format()

group('format_spec',
      "for v in [0, 7, -42, 255, 1234567, 2**70, True, False]:",
      "    for spec in ['', 'd', 'x', '#X', 'b', 'o', ',', '_', '+', ' 08', '^9', '*<8', 'e', '.2f', '%', 'c', 'n', 's', '.2']:",
      "        t(lambda: format(v, spec))",
      "for v in [0.0, -0.0, 1.5, -2.675, 1e16, 1e-5, 123456.789, float('inf'), float('nan')]:",
      "    for spec in ['', 'f', '.2f', 'e', '.3g', 'g', '%', ',.2f', '+10.3f', 'z.1f', '#.0f', '010.2e', 'n', 'd', 'G']:",
      "        t(lambda: format(v, spec))",
      "for v in ['', 'abc', 'é😀']:",
      "    for spec in ['', 's', '5', '<5', '^6', '*>7', '.1', '10.2', 'd', '=5', '+', '#', '05']:",
      "        t(lambda: format(v, spec))",
      "t(lambda: f'{3.14159:.2f}|{42:>6}|{\"x\":*^5}|{255:#x}|{1234567:,}|{0.25:.1%}')",
      "t(lambda: f'{\"x\"!r:>5} {3!s:<3}|')",
      )

# ---------------------------------------------------------------- str.format

group('str_format',
      "t(lambda: '{} {}'.format(1, 'a'))",
      "t(lambda: '{1} {0} {1}'.format('a', 'b'))",
      "t(lambda: '{x} {y}'.format(x=1, y=[2]))",
      "t(lambda: '{0[1]} {0[0]}'.format('ab'))",
      "t(lambda: '{a[k]} {a[0]}'.format(a={'k': 'v', 0: 'zero'}))",
      "class A:",
      "    x = 5",
      "    y = [1, 2]",
      "t(lambda: '{0.x} {0.y[1]} {a.x}'.format(A(), a=A()))",
      "t(lambda: '{x.__class__.__name__}'.format(x=1))",
      "t(lambda: '{0[0][1]}'.format(['ab']))",
      "t(lambda: '{!r} {!s} {!a}'.format('é', 'é', 'é'))",
      "t(lambda: '{0!r:>10}'.format('a'))",
      "t(lambda: '{:{}}'.format('a', 5))",
      "t(lambda: '{:{}{}}'.format('a', '>', 5))",
      "t(lambda: '{0:{1}}'.format('a', '>5'))",
      "t(lambda: '{:%}|{:,}|{:_x}|{:=^10}|{:e}'.format(0.5, 1234567, 1234567, 'hi', 12345))",
      "t(lambda: '{{}} {{{}}}'.format(1))",
      "t(lambda: '\\U0001f600{}'.format(1))",
      "t(lambda: '{0:\\U0001f600^5}'.format('x'))",
      "t(lambda: '{00}|{٣}'.format(0, 1, 2, 3))",
      "t(lambda: '{0}'.format(None))",
      "t(lambda: '{0:5}|{0}|{0:d}'.format(True))",
      "t(lambda: '{a}'.format(b=1))",
      "t(lambda: '{a}'.format())",
      "t(lambda: '{}'.format())",
      "t(lambda: '{1}'.format(1))",
      "t(lambda: '{!x}'.format(1))",
      "t(lambda: '{!}'.format(1))",
      "t(lambda: '{:{:{}}}'.format('a', 5, 1))",
      "t(lambda: '{0:{}}'.format('a', '>5'))",
      "t(lambda: '{}{0}'.format('a'))",
      "t(lambda: '{:d}'.format('a'))",
      "t(lambda: '{:s}'.format(1))",
      "t(lambda: '{0:>5}'.format(None))",
      "t(lambda: '{'.format())",
      "t(lambda: '}'.format())",
      "t(lambda: 'x{0}y{'.format(1))",
      "t(lambda: '{0'.format(1))",
      "t(lambda: '{0:'.format(1))",
      "t(lambda: '{0[}'.format(1))",
      "t(lambda: '{0]}'.format([1]))",
      "t(lambda: '{0.}'.format(1))",
      "t(lambda: '{0[]}'.format(1))",
      "t(lambda: '{0[0]x}'.format([1]))",
      "t(lambda: '{0.nope}'.format(3))",
      "t(lambda: '{0[5]}'.format('ab'))",
      "t(lambda: '{0[x]}'.format([1]))",
      "t(lambda: '{0[0]}'.format(5))",
      "t(lambda: '{ 0}'.format(1))",
      "t(lambda: '{-1}'.format(1))",
      "t(lambda: '{0}}'.format(1))",
      "t(lambda: '{0!r'.format(1))",
      "class P:",
      "    def __format__(self, spec): return '<' + spec + '>'",
      "    def __repr__(self): return 'P()'",
      "t(lambda: '{0:abc} {0!r:>5} {0}'.format(P()))",
      "t(lambda: '{a} {b}'.format_map({'a': 1, 'b': 2}))",
      "class D(dict):",
      "    def __missing__(self, k): return k.upper()",
      "t(lambda: '{a} {zz}'.format_map(D(a=1)))",
      "t(lambda: '{0}'.format_map({}))",
      "t(lambda: '{}'.format_map({}))",
      "t(lambda: '{a}'.format_map(1))",
      "t(lambda: 'a'.format_map(1))",
      "t(lambda: 'a'.format_map())",
      )

# ---------------------------------------------------------------- % formatting

group('percent',
      "t(lambda: '%s is %d years' % ('Ann', 30))",
      "t(lambda: '%5.2f|%-6d|%06d|%x|%o|%e' % (3.14159, 42, 42, 255, 8, 12345.678))",
      "t(lambda: '%r %s %%' % ('q', 'q'))",
      "t(lambda: '%c%c' % ('A', 66))",
      "t(lambda: '%+d % d %+.1f' % (5, 5, -0.05))",
      "t(lambda: '%(a)s %(b)r' % {'a': 1, 'b': 'x'})",
      "t(lambda: '%(a)s %(a)s' % {'a': 1})",
      "t(lambda: '%s' % [1])",
      "t(lambda: '%s' % (1,))",
      "t(lambda: '%s' % ((1, 2),))",
      "t(lambda: '%s' % None)",
      "t(lambda: '%d' % 3.7)",
      "t(lambda: '%i %u' % (True, False))",
      "t(lambda: '%s' % True)",
      "t(lambda: '%r' % 'é')",
      "t(lambda: '%a' % 'é')",
      "t(lambda: '%o %X %#x %#o' % (8, 255, 255, 8))",
      "t(lambda: '%.3s|%5s|%-5s|' % ('abcdef', 'ab', 'ab'))",
      "t(lambda: '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 1.2345))",
      "t(lambda: '%#.3g|%g|%G|%E' % (1.0, 1e20, 1e-20, 1.5))",
      "t(lambda: '%d' % 10**30)",
      "t(lambda: '%x' % -255)",
      "t(lambda: '%5s|%-5s|' % ('😀', 'é'))",
      "t(lambda: '%s' % 'x😀')",
      "class I:",
      "    def __index__(self): return 65",
      "class F:",
      "    def __float__(self): return 2.5",
      "class R:",
      "    def __repr__(self): return 'R!'",
      "t(lambda: '%d %x %c' % (I(), I(), I()))",
      "t(lambda: '%f %.1e' % (F(), I()))",
      "t(lambda: '%s %r' % (R(), R()))",
      "class M:",
      "    def __getitem__(self, k): return k * 2",
      "t(lambda: '%(ab)s|%(x)s' % M())",
      "t(lambda: '%x' % 3.7)",
      "t(lambda: '%c' % 'ab')",
      "t(lambda: '%c' % -1)",
      "t(lambda: '%(x)s' % [1])",
      "t(lambda: '%s %s' % [1])",
      "t(lambda: '%s' % ())",
      "t(lambda: '' % ())",
      "t(lambda: '' % 5)",
      "t(lambda: '' % [])",
      "t(lambda: '' % {})",
      "t(lambda: '%%' % ())",
      "t(lambda: '%' % ())",
      "t(lambda: '%y' % 1)",
      "t(lambda: '%(a)s %s' % {'a': 1})",
      "t(lambda: '%*d' % ('x', 1))",
      "t(lambda: '%d' % '1')",
      "t(lambda: '%e' % 'x')",
      "t(lambda: '%(a)s' % 5)",
      "t(lambda: '%(a' % {'a': 1})",
      "t(lambda: '%s %s' % (1, 2, 3))",
      "t(lambda: '%(a)s' % {})",
      "t(lambda: '%d' % float('inf'))",
      "t(lambda: '%c' % 0x110000)",
      )

# ---------------------------------------------------------------- waiting for changes outside these files
# (textOps.test.ts lists them in PENDING with the change each one needs)

group('pending_type_names',
      "class S(str):",
      "    pass",
      "t(lambda: format(S('x'), 'd'))",
      "t(lambda: '{:d}'.format(S('x')))",
      "t(lambda: f'{\"é\"!a}')",
      )

group('pending_numbers',
      "t(lambda: 7 % 0)",
      "t(lambda: 10**400 / 3)",
      "t(lambda: 2 ** -1)",
      "t(lambda: 10 ** -400)",
      "t(lambda: 2.0 ** 0.5)",
      "t(lambda: (-2.0) ** 3)",
      "t(lambda: 0.0 ** -1)",
      "t(lambda: 10.0 ** 400)",
      "t(lambda: 0 ** -1)",
      "t(lambda: hash(frozenset({1, 2, 3})))",
      "t(lambda: hash(frozenset()))",
      "t(lambda: round(2.675, 2))",
      "t(lambda: round(1234.5, -1))",
      "t(lambda: round(5e-324, 400))",
      "t(lambda: pow(3, -1, 7))",
      "t(lambda: int(' 1_000 '))",
      "t(lambda: int('١٢٣'))",
      "t(lambda: float(' 1_0.5e1 '))",
      "t(lambda: float('-InFinity'))",
      "t(lambda: 'a' < '\uffff' < '\U0001f600')",
      )

# ---------------------------------------------------------------- numbers through text.ts

group('numbers',
      "t(lambda: 7 // 2)",
      "t(lambda: -7 // 2)",
      "t(lambda: 7 % -3)",
      "t(lambda: -7 % 3)",
      "t(lambda: 2 ** 100)",
      "t(lambda: 10**30 / 7)",
      "t(lambda: (2**80 + 1) / 3)",
      "t(lambda: -7.5 // 2)",
      "t(lambda: 7.5 % -2)",
      "t(lambda: -0.0 % 5)",
      "t(lambda: 1e308 // 1e-308)",
      "t(lambda: [repr(x) for x in [0.1, 1e16, 1e-5, 123456789012345678.0, 1.7976931348623157e308, 5e-324, -0.0, 2.5e-7]])",
      "t(lambda: repr('a\\'b\"c\\\\\\n\\x00\\x7f\\xa0\\xad\\u200b\\U0001f600\\ud800'))",
      "t(lambda: repr(\"it's\"))",
      "t(lambda: repr(b'a\\'b\\x00\\xff\\t'))",
      "t(lambda: repr(b'\"'))",
      )


def main():
    cases = []
    for name, body in GROUPS.items():
        source = PRELUDE + body
        p = subprocess.run([sys.executable, '-c', source], capture_output=True, text=True, encoding='utf-8',
                           env={**os.environ, 'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8'})
        if p.returncode != 0 or p.stderr:
            raise SystemExit(f'group {name} failed under CPython:\n{p.stderr}')
        cases.append({'name': name, 'source': source, 'stdout': p.stdout})
    path = os.path.join(OUT, 'cases.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=True, indent=1)
        f.write('\n')
    print(f'{path}: {len(cases)} groups')


main()
