s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('hello'.upper(), 'HeLLo'.lower(), 'hello world'.title(), 'hello'.capitalize(), 'HeLLo'.swapcase())
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Abc'.istitle(), 'abc'.islower(), 'ABC'.isupper())
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'))
print('hello'.index('e'), 'hello'.count('l'), 'a-b-c'.replace('-', '+'), 'a-b-c'.replace('-', '', 1))
try:
    'hello'.index('z')
except ValueError as e:
    print("ValueError:", e)
