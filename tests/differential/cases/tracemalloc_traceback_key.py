import tracemalloc
def make(n):
    return bytearray(n)
def a():
    return make(3000)
def b():
    return make(7000)
tracemalloc.start(5)
x = a()
y = b()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for st in snap.statistics('traceback'):
    print(st, "frames:", len(st.traceback))
    for line in st.traceback.format():
        print(line)
tracemalloc.stop()
