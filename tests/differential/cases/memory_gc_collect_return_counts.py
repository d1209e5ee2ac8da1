import gc
gc.collect()
class N:
    pass
def make_cycles(k):
    for _ in range(k):
        a = N(); b = N()
        a.b = b; b.a = a
make_cycles(10)
print("10 two-instance cycles:", gc.collect())
for _ in range(5):
    l = []; l.append(l)
del l
print("5 self-referencing lists:", gc.collect())
for _ in range(3):
    d = {}; d['d'] = d; n = N(); n.d = d; d['n'] = n
del d, n
print("3 dict+instance cycles:", gc.collect())
