import gc
gc.collect()
log = []
gc.set_threshold(3, 1, 1)
gc.callbacks.append(lambda p, i: log.append(i['generation']) if p == 'start' else None)
keep = []
for _ in range(30):
    keep.append([])
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(log)
