import tracemalloc
tracemalloc.start()
a = [bytes(100) for _ in range(5)]
b = bytearray(20000)
c = 'x' * 5000
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
tracemalloc.stop()
