d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {(1, 2): 'tuple', 'a': 'str', None: 'none', 2.5: 'float', frozenset([1]): 'fs'}
print(d2[(1, 2)], d2[None], d2[frozenset({1})], len(d2))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 2} != {1: 3})
try:
    d2[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(d2['missing'])
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1) | {'b': 2}, {'k': 1}.get('k'))
