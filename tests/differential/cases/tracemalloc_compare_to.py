import tracemalloc
tracemalloc.start()
flt = [tracemalloc.Filter(True, __file__)]
base = [bytes(200) for _ in range(3)]
snap1 = tracemalloc.take_snapshot().filter_traces(flt)
grow = [bytes(300) for _ in range(4)]
blob = bytearray(12000)
del base
snap2 = tracemalloc.take_snapshot().filter_traces(flt)
for diff in snap2.compare_to(snap1, 'lineno'):
    print(diff)
tracemalloc.stop()
