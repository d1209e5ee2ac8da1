import gc
gc.collect()
starts = []
def cb(phase, info):
    if phase == 'start':
        starts.append((info['generation'], gc.get_count()[0]))
gc.disable()
keep = []
gc.callbacks.append(cb)
gc.enable()
for i in range(1500):
    keep.append([])
gc.callbacks.remove(cb)
print(starts)
