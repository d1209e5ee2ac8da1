import tracemalloc
tracemalloc.start()
a = bytearray(3000)
b = bytearray(3000)
c = [bytearray(1000) for _ in range(3)]
d = bytearray(9000)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for st in snap.statistics('lineno'):
    print(st.traceback[0].lineno, st.size, st.count)
print(snap.statistics('lineno')[0] == snap.statistics('lineno')[0])
tracemalloc.stop()
