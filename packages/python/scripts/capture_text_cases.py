#!/usr/bin/env python3
"""Captures what CPython 3.11 prints for the cases of src/runtime/text/*.test.ts.

Writes JSON files under test-data/text/. Every expected value here is computed by the running
python3, never typed by hand. Deterministic (fixed random seeds).

Encodings: a float is the hex of its IEEE-754 bits ('3ff0000000000000'); an int is its decimal
string; an error is {"error": [type name, message]}.

Usage: python3 packages/python/scripts/capture_text_cases.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'run this with CPython 3.11'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test-data', 'text')
os.makedirs(OUT, exist_ok=True)


def fbits(x):
    return struct.pack('>d', x).hex()


def unbits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def err(e):
    return {'error': [type(e).__name__, str(e)]}


def attempt(fn):
    try:
        return fn()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, IndexError, KeyError, AttributeError) as e:
        return err(e)


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print(f'{name}: {os.path.getsize(path)} bytes')


# ---------------------------------------------------------------- floats to test with

def float_samples(rng, n_random_bits, n_decimal):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
          5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          1e16, 1e16 - 2, 9999999999999998.0, 1e15, 123456789012345.0, 1234567890123456.0,
          1e-4, 1e-5, 0.0001, 0.00009999999999999999, 1.5e-7, 1e22, 1e21, 1e23, 2 ** 53, 2 ** 53 + 2,
          2 ** 63, 2 ** 64, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 1e100, 1e-100,
          4.35, 0.95, 9.95, 99.5, 999.5, 0.05, 0.25, 0.75, 12.5, 1234567.891, 3.141592653589793,
          2.718281828459045, 6.02214076e23, 1.602176634e-19, 100.0, 1e300, 1e-300, 5e-310,
          float(2 ** 1023), 9007199254740993.0, 0.1 + 0.2, 1e-7, 1e-6, 1e-323]
    for e in range(-30, 31):
        xs.append(10.0 ** e)
        xs.append(-(10.0 ** e) * 1.5)
    for _ in range(n_random_bits):
        xs.append(struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0])
    for _ in range(n_decimal):
        k = rng.randint(0, 8)
        v = round(rng.uniform(-10 ** rng.randint(0, 9), 10 ** rng.randint(0, 9)), k)
        xs.append(v)
    for _ in range(n_decimal // 4):
        # dyadic rationals: exact ties for fixed-point rounding
        xs.append(rng.randint(-10 ** 6, 10 ** 6) / 2 ** rng.randint(1, 12))
    return [float(x) for x in xs]


rng = random.Random(20240611)

# ---------------------------------------------------------------- repr / str of floats

repr_floats = float_samples(rng, 6000, 3000)
write('float_repr.json', [[fbits(x), repr(x), str(x)] for x in repr_floats])

# ---------------------------------------------------------------- float format specs

FLOAT_SPECS = ['', '.0f', '.1f', '.2f', '.3f', '.6f', '.10f', '.17f', '.30f', 'f', 'F', 'e', '.0e', '.1e', '.3e',
               '.16e', '.20e', 'E', 'g', '.0g', '.1g', '.2g', '.5g', '.15g', '.17g', 'G', '#g', '#.3g', '#.0f',
               '#.0e', '#', '#.1', '%', '.1%', '.0%', 'n', '.3n', '.1', '.2', '.3', '.12', '.16', '.17', '10.2f',
               '<10.2f', '^12', '*>15.3e', '+.2f', ' .2f', '-.2f', '010.2f', '0=12,.2f', ',.2f', '_.3f', ',', '_',
               '015,.1f', '020_', 'z.1f', 'z', 'z.0f', '+z.3e', 'z%', '=+12.1f', 'x^9.2', '\u00e9<8', '\U0001F600^9.1f',
               '012', '-012.3', ' 12g', '0<8', '08.3e', '1,.3g', ',e', ',g', '30', '.100f', 'd', 'x', 's', 'c',
               'b', '%%', 'ff', '.', ',_', '_,', ',,', '.1,', '10.', '=', '+', ' ', '-', '0', 'z#', '#z', '\u0663.1f',
               '\u0661\u0662', ',n', '_n', 'q', '\u00e9', '99999999999999999999', '.99999999999999999999f', '.2147483648f']
float_fmt_vals = random.Random(7).sample(float_samples(random.Random(7), 60, 60), 110)
float_fmt_vals += [0.0, -0.0, math.inf, -math.inf, math.nan, 0.5, 2.5, 1e16, 1e-5, 1234567.891, -0.0001]
float_fmt = []
for x in float_fmt_vals:
    for spec in FLOAT_SPECS:
        float_fmt.append([fbits(x), spec, attempt(lambda: format(x, spec))])
write('float_format.json', float_fmt)

# exact rounding in 'f', 'e', 'g' on many more values, few specs
exact = []
r2 = random.Random(99)
for _ in range(4000):
    kind = r2.random()
    if kind < 0.4:
        x = r2.randint(-10 ** 7, 10 ** 7) / 2 ** r2.randint(1, 30)
    elif kind < 0.7:
        x = struct.unpack('>d', r2.getrandbits(64).to_bytes(8, 'big'))[0]
    else:
        x = round(r2.uniform(-1000, 1000), r2.randint(1, 6))
    spec = r2.choice(['.0f', '.1f', '.2f', '.3f', '.5f', '.0e', '.1e', '.2e', '.4e', '.8e', '.1g', '.2g', '.3g', '.6g', '.9g', '.12f'])
    exact.append([fbits(x), spec, attempt(lambda: format(x, spec))])
write('float_format_exact.json', exact)

# ---------------------------------------------------------------- int format specs

INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', ',', '_', ',d', '_d', '_b', '_o', '_x', '#_x',
             '#_X', '010', '010,', '012_', '#010x', '#012_b', '+', ' ', '-', '+d', ' x', '<10', '>10', '^10', '=10',
             '*^11', '0=+12,', 'x=12', '\u00e9^9', '\U0001F600>8x', '0<8', '020,d', '+#o', 'e', '.3f', '%', '.2%', 'g',
             'G', '.3e', ',.2f', 'E', 'F', 'n', '.2', 'z', 'zd', 's', ',x', ',b', ',c', '_c', ',n', 'c', '+c', '#c',
             '10c', '<5c', 'q', 'xd', '\u0661\u0660', ',,', '_,', ',_', '1' * 25, '.', '#', '0', '=']
int_vals = [0, 1, -1, 7, -7, 42, 65, 97, 255, -255, 1000, -1000, 1234567, -1234567, 10 ** 9, 2 ** 31, 2 ** 63 - 1,
            -2 ** 63, 2 ** 64, 0x10ffff, 0x110000, 0x1F600, 10 ** 20 + 12345, -(10 ** 30), 2 ** 200, -3 ** 150, 10 ** 400]
r3 = random.Random(5)
for _ in range(40):
    int_vals.append(r3.randint(-10 ** r3.randint(1, 40), 10 ** r3.randint(1, 40)))
int_fmt = []
for n in int_vals:
    for spec in INT_SPECS:
        int_fmt.append([str(n), spec, attempt(lambda: format(n, spec))])
int_fmt.append(['1', '', format(True, '')])
write('int_format.json', int_fmt)

# ---------------------------------------------------------------- str format specs

STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.3', '.0', '=10', '+', ' ', '-', '#', 'z', 'd',
             ',', '_', '05', '0>5', 'x<5', '\u00e9^7', '\U0001F600^7', '.3s', '^3', '10.20', 'q', 'ss', ',s', '.',
             '\u0662', '.\u0661', '1' * 25]
str_vals = ['', 'a', 'ab', 'hello', 'hello world!', '\u00e9t\u00e9', '\u4e2d\u6587', '\U0001F600x\U0001F601', 'x' * 12]
str_fmt = []
for s in str_vals:
    for spec in STR_SPECS:
        str_fmt.append([s, spec, attempt(lambda: format(s, spec))])
write('str_format.json', str_fmt)

# ---------------------------------------------------------------- int(), float(), str(int), bin/oct/hex

int_parse_inputs = ['0', '1', '-1', '+1', ' 12 ', '\t42\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
                    '010', '00', '0_0', '0_7', '+0x10', '-0b1', '0x', '0x_', '0x_1f', '0x__1f', '1e5', '1.0', '', ' ', '+', '-',
                    '+ 1', '12abc', 'abc', 'z', 'Z', '\u0661\u0662\u0663', '\uff11\uff12', '\u00a012\u2003', '\x1c5', '5\x1c',
                    '\u0967\u0966', '12\u00e9', '\U0001D7D9\U0001D7DA', '1' * 300 + 'x', "it's" + 'x' * 250, 'x' * 199 + "'" + '"',
                    '"' + 'y' * 250 + "'", '9' * 4300, '9' * 4301, '1' * 5000 + 'x', '1_' * 3000 + '1', '0' * 5000,
                    '\u0663' * 700, '  -0  ', '-_1', '1 2', '٣', '0b', '0b2', '0o8', '0xg', 'ff', 'FF', '7fffffffffffffff',
                    '1' * 64, 'zz', 'ZZ', '36', '\x00', '1\x00', 'inf', '0_b1']
int_bases = [10, 0, 2, 8, 16, 36, 3, 7, 35, 1, 37, -1]
int_parse = []
for s in int_parse_inputs:
    for b in (int_bases if len(s) < 100 else [10, 0, 16, 7]):
        r = attempt(lambda: hex(int(s, b)))
        int_parse.append([s, b, r])
r4 = random.Random(11)
for _ in range(300):
    b = r4.choice([2, 3, 5, 8, 10, 12, 16, 20, 36])
    n = r4.randint(-10 ** 30, 10 ** 30)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:b]
    m = abs(n)
    s = ''
    while m:
        m, d = divmod(m, b)
        s = digits[d] + s
    s = ('-' if n < 0 else '') + (s or '0')
    if r4.random() < 0.3:
        s = s.upper()
    int_parse.append([s, b, attempt(lambda: hex(int(s, b)))])
write('int_parse.json', int_parse)

float_parse_inputs = ['0', '1', '-1', '+1.5', ' 1.5 ', '1.', '.5', '.', '-.5', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+',
                      'e5', '1_000.5', '1_000.5_5', '1__0', '_1', '1_', '1_.5', '1._5', '1_e5', '1e_5', '1e5_0', 'inf', '-inf',
                      '+inf', 'INF', 'Infinity', '-infinity', 'infinit', 'infinityy', 'nan', '-nan', 'NaN', 'nan(1)', 'in_f',
                      '', ' ', '1.5x', 'x', '0x10', '1,5', '1e500', '-1e500', '1e-500', '4.9e-324', '2.4703282292062328e-324',
                      '2.4703282292062327e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
                      '\u0661.\u0665', '\uff11\uff0e\uff15', '\u00a01.5\u2003', '\x1c1.5', '1.5\x00', '1.5\u00e9',
                      '0.1000000000000000055511151231257827', '123456789012345678901234567890', '9007199254740993',
                      "'x'", 'x' * 300, '+-1', '--1', '1e5.5', '00001.5', '0_0.0_0', '1.5e0_1', '+_1']
write('float_parse.json', [[s, attempt(lambda: fbits(float(s)))] for s in float_parse_inputs])

int_str_vals = [0, 1, -1, 10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, -(10 ** 4300), 2 ** 20000, 2 ** 1000, -(3 ** 500)]
int_str_vals += [r4.randint(-10 ** 60, 10 ** 60) for _ in range(50)]
int_str = []
for n in int_str_vals:
    int_str.append([hex(n), attempt(lambda: str(n)), bin(n), oct(n), hex(n), n.bit_length()])
write('int_str.json', int_str)

# ---------------------------------------------------------------- repr of str and bytes

SPECIAL = ["'", '"', '\\', '\n', '\t', '\r', '\x00', '\x07', '\x1b', '\x7f', '\x80', '\x9f', '\xa0', '\xad', '\xe9',
           '\xff', '\u0100', '\u200b', '\u200e', '\u2028', '\u3000', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udfff',
           '\U0001F600', '\U0001F1E6', '\U000E0001', '\U0010FFFF', '\U000F0000', '\u4e2d', '\u0378', '\u0600', '\u061c',
           '\U0001D7D8', '\U0002A6DF', '\U00030000', '\u1680', '\u0e00', 'a', 'Z', ' ', '~']


def no_surrogate_pairs(s):
    # JSON (and JavaScript) cannot tell a lone high surrogate followed by a lone low one from a pair.
    for i in range(len(s) - 1):
        if '\ud800' <= s[i] <= '\udbff' and '\udc00' <= s[i + 1] <= '\udfff':
            return False
    return True


def random_string(r, n):
    while True:
        s = random_string1(r, n)
        if no_surrogate_pairs(s):
            return s


def random_string1(r, n):
    out = []
    for _ in range(n):
        k = r.random()
        if k < 0.35:
            out.append(chr(r.randint(0x20, 0x7e)))
        elif k < 0.55:
            out.append(r.choice(SPECIAL))
        elif k < 0.7:
            out.append(chr(r.randint(0, 0x2ff)))
        elif k < 0.9:
            out.append(chr(r.randint(0x300, 0xffff)))
        else:
            out.append(chr(r.randint(0x10000, 0x10ffff)))
    return ''.join(out)


r5 = random.Random(3)
repr_strs = ['', "'", '"', '\'"', "it's", 'say "hi"', 'both \' and "', '\\', 'a\nb'] + SPECIAL
repr_strs += [random_string(r5, r5.randint(1, 12)) for _ in range(2500)]
# one string per code point block to cover the printable table
repr_strs += [s for s in (''.join(chr(r5.randint(b, b + 4095)) for _ in range(40)) for b in range(0, 0x110000, 4096))
              if no_surrogate_pairs(s)]
write('str_repr.json', [[s, repr(s), ascii(s) if len(s) < 20 else None] for s in repr_strs])

bytes_cases = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256))]
bytes_cases += [bytes(r5.randint(0, 255) for _ in range(r5.randint(0, 10))) for _ in range(300)]
bytes_cases += [bytes(r5.choice(b'ab\'"\\\n\t\x00') for _ in range(6)) for _ in range(100)]
write('bytes_repr.json', [[b.hex(), repr(b), repr(bytearray(b))] for b in bytes_cases])

# ---------------------------------------------------------------- printf-style formatting


def enc(v):
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': fbits(v)}
    if isinstance(v, str):
        return {'str': v}
    if v is None:
        return {'none': True}
    if isinstance(v, list):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(v)


PCT_VALUES = [0, 1, -1, 42, -42, 255, 65, 0x1F600, 0x110000, -5, 10 ** 20, 3.14159, -2.5, 0.0, -0.0, 1e100, 1e-7, 2.5, 0.125,
              math.inf, -math.inf, math.nan, 'a', 'hello', '\u00e9\u4e2d', '\U0001F600', '', True, False, None, [1, 'x'], 123456789.125]
PCT_FORMATS = ['%s', '%r', '%a', '%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%e', '%E', '%f', '%F', '%g', '%G',
               '%c', '%5s', '%-5s|', '%.2s', '%5.1s|', '%05d', '%-05d|', '%+d', '% d', '%+05d', '% 05d', '%5d', '%-5d|',
               '%.3d', '%8.3d', '%08.3d', '%-8.3d|', '%+.3d', '%#08x', '%#-8x|', '%#8x', '%#.5x', '%+#x', '% #o', '%#08X',
               '%.2f', '%10.3f', '%-10.3f|', '%010.3f', '%+.2e', '% .3g', '%#.3g', '%#g', '%#.0f', '%#.0e', '%.0f', '%.0e',
               '%+010.2f', '%-+10.2f|', '% 010.2f', '%10.2e', '%.10g', '%.20f', '%5c', '%-5c|', '%%', '%5%', '%ld', '%hd', '%Lf',
               '%y', '%', '%5', '%.', '%-', '% ', '%(a)s', '%s %s', '100%', '%z', '%\u00e9', '%.*f', '%*d', '%-*d|', '%*.*f']
pct = []
for f in PCT_FORMATS:
    for v in PCT_VALUES:
        if '*' in f:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                for w in [5, -5, 0, 2]:
                    args = (w, w, v) if f.count('*') == 2 else (w, v)
                    pct.append([f, {'tuple': [enc(a) for a in args]}, attempt(lambda: f % args)])
            continue
        pct.append([f, {'tuple': [enc(v)]}, attempt(lambda: f % (v,))])
        if not isinstance(v, (list, dict)):
            pct.append([f, {'single': enc(v)}, attempt(lambda: f % v)])
extra_pct = [
    ('%s %s', (1, 2)), ('%s %s', (1,)), ('%s', (1, 2)), ('', ()), ('x', ()), ('%s', ()), ('%d%%', (5,)),
    ('%(a)s %(b)d', {'a': 'x', 'b': 3}), ('%(a)s', {'b': 1}), ('%(a)s %s', {'a': 1}), ('%(a(b))s', {'a(b)': 7}),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%s', {'a': 1}), ('', {'a': 1}), ('%(a)s', (1,)), ('%s', [1, 2]), ('', [1]),
    ('%d', ('5',)), ('%x', (3.5,)), ('%d', (3.99,)), ('%d', (-3.99,)), ('%d', (math.inf,)), ('%d', (math.nan,)),
    ('%f', ('x',)), ('%c', ('ab',)), ('%c', (-1,)), ('%c', (1.5,)), ('%*d', ('x', 1)), ('%.*f', (1.5, 1.0)),
    ('%s %(a)s', {'a': 1}), ('%(a)s %(a)r', {'a': 'q'}), ('%(a)*d', {'a': 1}), ('%c', ('\U0001F600',)),
    ('\U0001F600%s\U0001F600', ('x',)), ('%-05s|', ('ab',)), ('%05s', ('ab',)), ('%+s', ('ab',)), ('%#s', ('a',)),
    ('%.3r', ('hello',)), ('%.1a', ('\u00e9',)), ('%5.3a|', ('\u00e9',)), ('%10.4f%%', (99.5,)), ('%s', ((1, 2),)),
    ('%i', (True,)), ('%x', (True,)), ('%f', (True,)), ('%e', (10 ** 400,)), ('%d', (None,)), ('%x', ('a',)),
]
for f, args in extra_pct:
    if isinstance(args, tuple):
        if any(isinstance(a, tuple) for a in args):
            continue
        pct.append([f, {'tuple': [enc(a) for a in args]}, attempt(lambda: f % args)])
    elif isinstance(args, dict):
        pct.append([f, {'mapping': [[k, enc(v)] for k, v in args.items()]}, attempt(lambda: f % args)])
    else:
        pct.append([f, {'single': enc(args), 'listMapping': True}, attempt(lambda: f % args)])
write('percent_format.json', pct)

# ---------------------------------------------------------------- str.format


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


FMT_CASES = ['{}', '{} {}', '{0} {1} {0}', '{1}', '{2}', '{a}', '{b}', '{a.real}', '{lst[0]}', '{lst[1]}', '{lst[9]}',
             '{d[key]}', '{d[0]}', '{lst[-1]}', '{{}}', '{{{}}}', '}}{{', '{', '}', '{}}', '{{}', 'a{0}b{1}c', '{0!r}', '{0!s}',
             '{0!a}', '{0!x}', '{0!}', '{0!r:>10}', '{0:>10}', '{0:{1}}', '{0:{w}}', '{0:{w}.{p}f}', '{:{}}', '{:{:{}}}',
             '{0:{1}{2}}', '{}{0}', '{0}{}', '{a}{}', '{}{a}', '{0.}', '{0[]}', '{0[}', '{0[0]x}', '{0]', '{a[}]}', '{!r}',
             '{:}', '{0:}', '{0:{{}}}', '{0!r', '{0!', '{0:', '{0', '{0:d}', '{0:x}', '{2:.3f}', '{2:e}', '{2!r:^20}',
             '{\u0661}', '{00}', '{0:{3}}', '{99999999999999999999}', '{0[99999999999999999999]}', '{a.b.c}', '{0.__class__}',
             '{:,}', '{:_}', '{:%}', 'x{}y{}z{}', '{a!r:{w}}', '{ }', '{0 }', '{-1}', '{0:\U0001F600^9}', '{lst}', '{d}',
             '{0:{}}', '{:{1}}', '{0:{a}}', '{a[x{y]}', '\U0001F600{}\U0001F600', '{0!\U0001F600}']
fmt_args = (12, 7, 3.14159, 'xy', 5)
fmt_kwargs = {'a': -2.5, 'b': 'bee', 'w': 8, 'p': 2, 'lst': [1, 'two'], 'd': {'key': 'val', 0: 'zero'}}
fmt = []
for f in FMT_CASES:
    fmt.append([f, attempt(lambda: f.format(*fmt_args, **fmt_kwargs))])
write('str_format_method.json', fmt)

# ---------------------------------------------------------------- str methods

ALPHABET = ['a', 'b', 'A', 'B', ' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\u2028',
            '\u2029', '\u3000', '\xa0', '.', ',', "'", '1', '\u0661', '\u00b2', '\u00bd', '\u4e00', '\u2167', 'x', 'y',
            '\u00df', '\u01c5', '\u01c4', '\u01c6', '\u03a3', '\u03c3', '\u03c2', '\u0130', '\u0131', '\u0345', '\u00e9',
            'E\u0301', '\ufb01', '\u1e9e', '\u0149', '\U0001F600', '\U00010400', '\U00010428', '\U0001D7D8', '\u2160',
            '\u24b6', '\u02b0', '\u00aa', '_', '-', '+', '0', '\u00ad', '\u200b', 'ab', 'aa', 'ba', '\u0300', "'s"]


def rand_text(r, n):
    return ''.join(r.choice(ALPHABET) for _ in range(n))


r6 = random.Random(17)
texts = ['', ' ', 'a', 'hello world', '  hello  world  ', 'Hello World', 'hELLO wORLD', "they're bill's friends", 'ǅungla',
         'ΣΑΣ', 'ΌΣΟΣ ΣΑΣ.', 'aΣ', 'Σa', 'a\u0345Σ', 'aΣ\u0345', 'Straße', 'ﬁne', 'İstanbul', 'ŉ', 'a\r\nb\rc\nd\x0be\x0cf\x1cg\x85h\u2028i',
         'line1\nline2\n', '\n\n', 'a\tb\tc', '01\t012\t0123\t', 'ab\ncd\tef', '\U0001F600\tx', '123', '١٢٣', '²', '½', 'Ⅷ',
         '一二三', 'abc123', 'ABC', 'Abc Def', 'abc def', 'A1b', '_ident', '1ident', 'ident_1', 'x\u0300', '\u0300x', 'café',
         'a\u200bb', 'tab\there', '-42', '+42', '42', '', '\U0001F600\U0001F601', '\U00010400\U00010428', 'ᾳ', 'ǈ']
texts += [rand_text(r6, r6.randint(0, 10)) for _ in range(130)]
subs = ['', 'a', 'b', 'ab', 'ba', ' ', 'aa', 'x', '\U0001F600', 'Σ', '\t', 'ab ', 'z']
methods = []


def add(name, s, args, fn):
    methods.append([name, s, args, attempt(fn)])


for s in texts:
    for m in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isdigit', 'isalpha', 'isalnum', 'isspace',
              'isupper', 'islower', 'istitle', 'isidentifier', 'isnumeric', 'isdecimal', 'isascii', 'isprintable', 'split',
              'rsplit', 'strip', 'lstrip', 'rstrip', 'splitlines', 'expandtabs', 'zfill']:
        add(m, s, [], lambda: getattr(s, m)() if m != 'zfill' else s.zfill(8))
    add('splitlines', s, [True], lambda: s.splitlines(True))
    add('expandtabs', s, [4], lambda: s.expandtabs(4))
    add('expandtabs', s, [0], lambda: s.expandtabs(0))
    add('len', s, [], lambda: len(s))
    for w in [5, 12]:
        add('center', s, [w], lambda: s.center(w))
        add('center', s, [w, '*'], lambda: s.center(w, '*'))
        add('ljust', s, [w, '\U0001F600'], lambda: s.ljust(w, '\U0001F600'))
        add('rjust', s, [w], lambda: s.rjust(w))
        add('zfill', s, [w], lambda: s.zfill(w))
    for sub in r6.sample(subs, 3):
        add('find', s, [sub], lambda: s.find(sub))
        add('rfind', s, [sub], lambda: s.rfind(sub))
        add('index', s, [sub], lambda: s.index(sub))
        add('rindex', s, [sub], lambda: s.rindex(sub))
        add('count', s, [sub], lambda: s.count(sub))
        add('startswith', s, [sub], lambda: s.startswith(sub))
        add('endswith', s, [sub], lambda: s.endswith(sub))
        add('partition', s, [sub], lambda: list(s.partition(sub)))
        add('rpartition', s, [sub], lambda: list(s.rpartition(sub)))
        add('removeprefix', s, [sub], lambda: s.removeprefix(sub))
        add('removesuffix', s, [sub], lambda: s.removesuffix(sub))
        add('strip', s, [sub], lambda: s.strip(sub))
        add('lstrip', s, [sub], lambda: s.lstrip(sub))
        add('rstrip', s, [sub], lambda: s.rstrip(sub))
        for ms in [-1, 1]:
            add('split', s, [sub, ms], lambda: s.split(sub, ms))
            add('rsplit', s, [sub, ms], lambda: s.rsplit(sub, ms))
            add('replace', s, [sub, '<>', ms], lambda: s.replace(sub, '<>', ms))
        st = r6.randint(-12, 12)
        en = r6.randint(-12, 12)
        add('find', s, [sub, st, en], lambda: s.find(sub, st, en))
        add('rfind', s, [sub, st, en], lambda: s.rfind(sub, st, en))
        add('count', s, [sub, st, en], lambda: s.count(sub, st, en))
        add('startswith', s, [sub, st, en], lambda: s.startswith(sub, st, en))
        add('endswith', s, [sub, st, en], lambda: s.endswith(sub, st, en))
        add('find', s, [sub, st], lambda: s.find(sub, st))
        add('startswith', s, [sub, st], lambda: s.startswith(sub, st))
    for ms in [0, 1, 2]:
        add('split', s, [None, ms], lambda: s.split(None, ms))
        add('rsplit', s, [None, ms], lambda: s.rsplit(None, ms))
    add('replace', s, ['', '-'], lambda: s.replace('', '-'))
    add('replace', s, ['', '-', 2], lambda: s.replace('', '-', 2))
    add('mul', s, [3], lambda: s * 3)
    add('mul', s, [-1], lambda: s * -1)
    for i in [0, 1, -1, 5, -6]:
        add('getitem', s, [i], lambda: s[i])
    for _ in range(3):
        a = r6.choice([None, r6.randint(-12, 12)])
        b = r6.choice([None, r6.randint(-12, 12)])
        c = r6.choice([None, 1, 2, -1, -2, 3, 0])
        add('slice', s, [a, b, c], lambda: s[a:b:c])
add('center', 'ab', [5, 'xy'], lambda: 'ab'.center(5, 'xy'))
add('split', 'abc', [''], lambda: 'abc'.split(''))
add('partition', 'abc', [''], lambda: 'abc'.partition(''))
write('str_methods.json', methods)

cmp_strs = ['', 'a', 'b', 'ab', '\uffff', '\ue000', '\U0001F600', '\U00010000', '\ud800', '\udfff', 'a\U0001F600', 'a\uffff',
            '\U0010ffff', '\ud800x', '\udc00\ud800']
write('str_compare.json', [[a, b, (a > b) - (a < b)] for a in cmp_strs for b in cmp_strs])

# ---------------------------------------------------------------- numbers

r7 = random.Random(23)
num_ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2 ** 53, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 64, 10 ** 30, -(10 ** 30),
            3 ** 100, -(7 ** 80)]
num_ints += [r7.randint(-10 ** r7.randint(1, 50), 10 ** r7.randint(1, 50)) for _ in range(40)]
int_ops = []
for a in num_ints:
    for b in r7.sample(num_ints, 12) + [0]:
        int_ops.append([str(a), str(b), attempt(lambda: str(a // b)), attempt(lambda: str(a % b)),
                        attempt(lambda: [str(x) for x in divmod(a, b)]), attempt(lambda: fbits(a / b))])
# correctly rounded true division of big ints
for _ in range(800):
    big = r7.random() < 0.2
    a = r7.getrandbits(r7.randint(1, 1200 if big else 200)) * r7.choice([1, -1])
    b = r7.getrandbits(r7.randint(1, 1200 if big else 200)) or 1
    int_ops.append([str(a), str(b), None, None, None, attempt(lambda: fbits(a / b))])
for a, b in [(1, 3), (2 ** 1100, 3), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (1, 2 ** 1074),
             (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1080), (2 ** 2000, 2 ** 1000), (10 ** 400, 10 ** 399), (0, -5),
             (-(2 ** 60) - 1, 2 ** 7), (2 ** 54 + 1, 2), (2 ** 54 + 3, 4), (10 ** 20, 3)]:
    int_ops.append([str(a), str(b), None, None, None, attempt(lambda: fbits(a / b))])
write('int_ops.json', int_ops)

num_floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0, 3.0, -3.0, 0.1, 7.5, -7.5, 1e300, -1e300, 1e-300, 5e-324, math.inf,
              -math.inf, math.nan, 2.5, 1e16, 123.456, -0.001]
num_floats += [r7.uniform(-100, 100) for _ in range(15)] + [r7.choice([-1, 1]) * 10 ** r7.uniform(-20, 20) for _ in range(15)]
float_ops = []
for a in num_floats:
    for b in r7.sample(num_floats, 14) + [0.0, -0.0]:
        def powr():
            r = a ** b
            if isinstance(r, complex):
                return {'complex': [fbits(r.real), fbits(r.imag)]}
            return fbits(r)
        float_ops.append([fbits(a), fbits(b), attempt(lambda: fbits(a // b)), attempt(lambda: fbits(a % b)),
                          attempt(lambda: [fbits(x) for x in divmod(a, b)]), attempt(lambda: fbits(a / b)), attempt(powr)])
# pow accuracy on random positive bases and exponents
for _ in range(1500):
    a = 10 ** r7.uniform(-5, 5)
    b = r7.choice([r7.uniform(-30, 30), float(r7.randint(-40, 40)), r7.uniform(-3, 3)])
    float_ops.append([fbits(a), fbits(b), None, None, None, None, attempt(lambda: fbits(a ** b))])
write('float_ops.json', float_ops)

pow_ints = []
for a in [0, 1, -1, 2, -2, 3, 10, -10, 7 ** 30, 2 ** 64]:
    for b in [0, 1, 2, 3, 10, -1, -2, -3, 65, -65, 1100]:
        pow_ints.append([str(a), str(b), attempt(lambda: (lambda r: {'int': hex(r)} if isinstance(r, int) else {'float': fbits(r)})(a ** b))])
for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (5, 3, 0), (-2, 5, 13), (2, 5, -13), (0, -1, 5), (7, 0, 1), (7, 0, -1),
                (123456789, 987654321, 10 ** 9 + 7), (4, -2, 9), (-3, -3, 11)]:
    pow_ints.append([str(a), str(b), attempt(lambda: {'int': hex(pow(a, b, m))}), str(m)])
write('int_pow.json', pow_ints)

rounds = []
round_floats = random.Random(31).sample(float_samples(random.Random(31), 200, 300), 450)
for x in round_floats:
    nd = random.Random(int(fbits(x), 16) & 0xffff).randint(-5, 8)
    rounds.append([fbits(x), None, attempt(lambda: str(round(x)))])
    for n in [0, 1, 2, 3, nd, -1, -2, 17, 400, -400, -308, 323, 324]:
        rounds.append([fbits(x), n, attempt(lambda: fbits(round(x, n)))])
write('float_round.json', rounds)
int_rounds = []
for n in num_ints + [5, 15, 25, 35, 45, -5, -15, -25, 150, 250, 350, -250, 12345, 99999, 50, 500, 5000]:
    for nd in [0, 1, -1, -2, -3, -5, -30, -100]:
        int_rounds.append([str(n), nd, str(round(n, nd))])
write('int_round.json', int_rounds)

cmps = []
cmp_floats = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e300, -1e300, math.inf, -math.inf,
              math.nan, 9007199254740993.0, 1.5, -1.5, 1e16, 123.0]
cmp_ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 10 ** 300, -(10 ** 300), 10 ** 400, 123, 1, 2]
for i in cmp_ints:
    for x in cmp_floats:
        cmps.append([str(i), fbits(x), [i < x, i == x, i > x]])
write('int_float_compare.json', cmps)

hashes = {'int': [], 'float': [], 'tuple': [], 'frozenset': []}
for n in num_ints + [2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), -(2 ** 61), 2 ** 64 - 1, 2 ** 122]:
    hashes['int'].append([str(n), str(hash(n))])
for x in float_samples(random.Random(41), 400, 300):
    if x != x:
        continue
    hashes['float'].append([fbits(x), str(hash(x))])
r8 = random.Random(43)
for _ in range(200):
    items = [r8.choice([r8.randint(-10 ** 20, 10 ** 20), r8.randint(-5, 5), -1, r8.uniform(-10, 10)]) for _ in range(r8.randint(0, 6))]
    hashes['tuple'].append([[str(hash(v)) for v in items], str(hash(tuple(items)))])
    fs = frozenset(items)
    hashes['frozenset'].append([[str(hash(v)) for v in fs], str(hash(fs))])
hashes['tuple'].append([[str(hash(())), str(hash((1,)))], str(hash(((), (1,))))])
write('hash.json', hashes)

# ---------------------------------------------------------------- per-code-point checksums
# For every code point: which single-character predicates hold and what the case mappings give,
# reduced to a count and sums, so the test can check the decoded tables over all 0x110000 code
# points without shipping them twice.

PREDICATES = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isupper', 'islower', 'istitle', 'isspace', 'isprintable',
              'isidentifier']
checks = {p: [0, 0] for p in PREDICATES}
maps = {m: [0, 0, 0] for m in ['upper', 'lower', 'title', 'casefold']}
decimal_sum = [0, 0]
for cp in range(0x110000):
    ch = chr(cp)
    for p in PREDICATES:
        if getattr(ch, p)():
            checks[p][0] += 1
            checks[p][1] += cp
    for m in maps:
        r = getattr(ch, m)()
        if r != ch:
            maps[m][0] += 1
            maps[m][1] += cp
            maps[m][2] += sum(ord(c) * (i + 1) for i, c in enumerate(r))
    if ch.isdecimal():
        decimal_sum[0] += cp * int(ch)
        decimal_sum[1] += int(ch)
write('unicode_checksums.json', {'predicates': checks, 'maps': maps, 'decimal': decimal_sum})
