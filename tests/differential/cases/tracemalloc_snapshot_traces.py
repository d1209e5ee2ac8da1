import tracemalloc
tracemalloc.start()
x = bytearray(7777)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print("traces:", len(snap.traces))
tr = [t for t in snap.traces if t.size >= 7777][0]
print(tr.size, tr.domain, tr.traceback[0].lineno)
print(str(tr).split(':')[-2:])
print(snap.traceback_limit)
print(repr(tr).startswith("<Trace domain=0 size="))
tracemalloc.stop()
