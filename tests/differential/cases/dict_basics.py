d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 20
del d['a']
d['a'] = 100
print(d)
print(d.pop('c'), d.pop('zz', 'dflt'), d.setdefault('n', []), d.setdefault('b', 0), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, d.popitem(), d)
print(dict.fromkeys('ab', 0), {**d, 'b': -1} == d, d.copy() == d, d.copy() is d)
