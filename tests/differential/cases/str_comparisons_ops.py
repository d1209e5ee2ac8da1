print('apple' < 'banana', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('abc' == 'abc', 'a' != 'b', 'abc' * 0 == '', 'é' > 'z')
print(sorted(['b', 'A', 'a', 'B', '10', '9']))
print(min('hello'), max('hello'), sorted('Hello'), list(reversed('abc')))
print(str(1) + str(2), 'x'.join('abc'), 'ab'.__len__(), 'a'.__add__('b'))
s = 'immutable'
t = s
s += '!'
print(s, t)
