import tracemalloc
tracemalloc.start()
cur0, peak0 = tracemalloc.get_traced_memory()
buf = bytearray(50000)
cur1, peak1 = tracemalloc.get_traced_memory()
print("current grew by:", cur1 - cur0)
del buf
cur2, peak2 = tracemalloc.get_traced_memory()
print("freed back to start:", cur2 - cur0, "peak kept:", peak2 - cur0 >= 50000)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("reset_peak:", peak3 == cur3)
tmp = bytearray(10000)
del tmp
cur4, peak4 = tracemalloc.get_traced_memory()
print("new peak:", peak4 - cur4 >= 10000)
tracemalloc.stop()
print("stopped:", tracemalloc.get_traced_memory())
