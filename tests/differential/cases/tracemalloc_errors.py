import tracemalloc
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
for n in (0, -1, 65536):
    try:
        tracemalloc.start(n)
    except ValueError as e:
        print(n, "->", e)
print("tracing:", tracemalloc.is_tracing(), "limit:", tracemalloc.get_traceback_limit())
tracemalloc.start(2)
print("limit:", tracemalloc.get_traceback_limit())
snap = tracemalloc.take_snapshot()
for key in ('bogus', 'traceback'):
    try:
        snap.statistics(key, cumulative=True)
    except ValueError as e:
        print("ValueError:", e)
try:
    snap.filter_traces(None)
except TypeError as e:
    print("TypeError:", e)
tracemalloc.stop()
print("limit after stop:", tracemalloc.get_traceback_limit())
