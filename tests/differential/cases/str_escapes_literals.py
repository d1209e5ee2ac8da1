print('single', "double", '''triple
quoted''', """another""")
print('tab:\t|', 'newline:\\n', 'quote:\'', "dq:\"", 'bs:\\')
print('\x41\u00e9\U0001F600', '\101', '\u2022', len('\U0001F600'))
print(r'raw\n\t', R'raw\\', len(r'\n'))
print('con' 'cat' "enated")
print(repr('\n\t\x00\x7f'), repr('é'), repr('\u2022'))
print('a' * 3, 'ab' + 'cd', 'x' in 'xyz', 'abc'[1], 'abc'[-1], 'abcdef'[1:4], 'abcdef'[::-2])
