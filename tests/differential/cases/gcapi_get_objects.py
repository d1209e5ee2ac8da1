import gc
class Marker:
    pass
gc.collect()
m = Marker()
print("in gen0:", any(o is m for o in gc.get_objects(0)))
print("not in gen1:", any(o is m for o in gc.get_objects(1)))
gc.collect(0)
print("moved to gen1:", any(o is m for o in gc.get_objects(1)))
print("in get_objects():", any(o is m for o in gc.get_objects()))
print("ints never:", any(type(o) is int for o in gc.get_objects()))
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(bad, "->", e)
