print('a,b,,c'.split(','), 'a b  c'.split(), ' x '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), ''.split(), ''.split(','))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, range(4))))
print('key=value=x'.partition('='), 'abc'.partition('z'), 'a.b.c'.rpartition('.'))
print('abc'.center(9, '*'), 'abc'.ljust(6, '.') + '|', 'abc'.rjust(6) + '|', '42'.zfill(5), '-42'.zfill(5))
try:
    '-'.join([1, 2])
except TypeError as e:
    print("TypeError:", e)
