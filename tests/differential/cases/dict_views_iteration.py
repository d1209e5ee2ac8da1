d = {'one': 1, 'two': 2, 'three': 3}
ks = d.keys()
vs = d.values()
its = d.items()
d['four'] = 4
print(list(ks), list(vs), list(its), len(ks))
print('one' in ks, ('two', 2) in its, 3 in vs)
print(ks - {'one'} == {'two', 'three', 'four'}, sorted(ks & {'one', 'x'}))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d))[:2], sorted(d, key=d.get)[:3])
