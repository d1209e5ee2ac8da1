import tracemalloc
tracemalloc.start()
data = [bytes(64) for _ in range(20)]
more = bytearray(3000)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('filename'):
    print(stat)
    print(repr(stat).replace(__file__, 'THIS_FILE')[:60])
tracemalloc.stop()
