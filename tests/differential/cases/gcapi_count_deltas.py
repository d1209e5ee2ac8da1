import gc
gc.disable()
gc.collect()
def c():
    return gc.get_count()[0]
base = c()
keep = [[] for _ in range(30)]
print("31 lists:", c() - base)
more = {}
print("an empty dict counts too:", c() - base)
class K:
    pass
objs = [K() for _ in range(10)]
print("10 instances and a list:", c() - base)
nums = [i * 1000 for i in range(5)]
print("ints do not count:", c() - base)
gc.enable()
