import gc
d = {'x': []}
d['x'] = 0
results = []
for gen in (0, 1, 0, 2):
    gc.collect(gen)
    results.append((gen, gc.is_tracked(d)))
print(results)
d2 = dict(a=1, b=2)
print("dict(a=1):", gc.is_tracked(d2))
d3 = {i: str(i) for i in range(3)}
print("comprehension of atoms:", gc.is_tracked(d3))
d4 = {(1, 2): 'tuple key'}
print("literal tuple key:", gc.is_tracked(d4))
d5 = {tuple([1, 2]): 'runtime tuple key'}
print("runtime tuple key:", gc.is_tracked(d5))
