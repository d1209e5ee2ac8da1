import gc
gc.collect()
print("freeze count:", gc.get_freeze_count())
x = []
gc.freeze()
print("frozen > 0:", gc.get_freeze_count() > 0, "count:", gc.get_count())
print("x hidden from get_objects:", not any(o is x for o in gc.get_objects()))
y = []
print("y visible:", any(o is y for o in gc.get_objects()))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), any(o is x for o in gc.get_objects(2)))
