import tracemalloc
def leaf():
    return bytearray(5000)
def middle():
    return [leaf(), leaf()]
tracemalloc.start(4)
keep = middle()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
print("-- lineno")
for st in snap.statistics('lineno'):
    print(st)
print("-- lineno cumulative")
for st in snap.statistics('lineno', cumulative=True):
    print(st)
print("-- filename cumulative")
for st in snap.statistics('filename', cumulative=True):
    print(st)
tracemalloc.stop()
