import gc
print("default:", gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(50, 4, 3)
print(gc.get_threshold())
gc.set_threshold(0)
print("disabled via threshold 0:", gc.get_threshold(), gc.isenabled())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
