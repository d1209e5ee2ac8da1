import tracemalloc
tracemalloc.start()
flt = [tracemalloc.Filter(True, __file__)]
items = [bytearray(2000) for _ in range(4)]
s1 = tracemalloc.take_snapshot().filter_traces(flt)
items.pop()
items.pop()
s2 = tracemalloc.take_snapshot().filter_traces(flt)
for d in s2.compare_to(s1, 'lineno'):
    print(d)
    print(d.size, d.size_diff, d.count, d.count_diff)
for d in s2.compare_to(s1, 'filename'):
    print(d)
tracemalloc.stop()
