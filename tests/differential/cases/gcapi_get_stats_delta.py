import gc
def snap():
    return [dict(s) for s in gc.get_stats()]
gc.collect()
s1 = snap()
l = []; l.append(l); del l
gc.collect()
l = []; l.append(l); del l
gc.collect(0)
gc.collect(1)
s2 = snap()
for gen in range(3):
    print(gen, {k: s2[gen][k] - s1[gen][k] for k in s1[gen]})
print(sorted(s2[0].keys()), len(s2))
