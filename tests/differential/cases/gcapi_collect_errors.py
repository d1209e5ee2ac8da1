import gc
for g in (-1, 3, 10):
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, "->", repr(e))
try:
    gc.collect('x')
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(generation=0) >= 0)
print(gc.collect(2) >= 0)
