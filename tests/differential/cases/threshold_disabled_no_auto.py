import gc
gc.collect()
runs = []
gc.callbacks.append(lambda p, i: runs.append(p))
gc.disable()
junk = [[] for _ in range(2000)]
print("disabled: no automatic collections:", runs)
gc.set_threshold(0)
gc.enable()
junk2 = [[] for _ in range(2000)]
print("threshold 0: none either:", runs)
gc.set_threshold(700)
junk3 = [[] for _ in range(10)]
print("threshold back to 700:", runs)
gc.callbacks.clear()
