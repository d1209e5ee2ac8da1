import gc
gc.collect()
gc.set_threshold(10, 2, 2)
counts = []
keep = []
for i in range(25):
    keep.append([])
    counts.append(gc.get_count())
gc.set_threshold(700, 10, 10)
for c in counts:
    print(c)
