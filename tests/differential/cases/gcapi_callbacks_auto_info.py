import gc
gc.collect()
infos = []
def cb(phase, info):
    if phase == 'stop':
        infos.append((info['generation'], info['collected']))
class N:
    pass
gc.set_threshold(50, 100, 100)
gc.callbacks.append(cb)
for i in range(120):
    n = N(); n.me = n
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(infos)
print("total collected automatically:", sum(c for g, c in infos))
