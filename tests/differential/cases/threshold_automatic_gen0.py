import gc
gc.collect()
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append((info['generation'], gc.get_count()))
gc.set_threshold(5, 3, 3)
gc.callbacks.append(cb)
keep = []
for i in range(40):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gens)
print("collections:", len(gens))
