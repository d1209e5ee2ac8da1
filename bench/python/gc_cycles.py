# CPython baseline: gc.collect() over 1,000,000 lists in 100,000 ten-list cycles (roots dropped),
# or, with "live", the same graph kept reachable. Prints one JSON object.
import gc, json, sys, time

live = len(sys.argv) > 1 and sys.argv[1] == "live"
gc.disable()
roots = []
for i in range(100_000):
    first = [None]
    prev = first
    for j in range(9):
        n = [None]
        prev[0] = n
        prev = n
    prev[0] = first
    roots.append(first)
del first, prev, n
gc.collect()
if not live:
    del roots
best = None
collected = None
for _ in range(1 if not live else 3):
    t = time.perf_counter()
    collected = gc.collect()
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(json.dumps({"seconds": best, "collected": collected}))
