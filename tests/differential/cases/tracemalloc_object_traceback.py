import tracemalloc
tracemalloc.start()
big = 10 ** 50
lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 3
class Slotted:
    __slots__ = ('v',)
s = Slotted()
class Managed:
    pass
m = Managed()
for name, obj in (('int', big), ('list', lst), ('slots', s), ('managed', m)):
    tb = tracemalloc.get_object_traceback(obj)
    print(name, None if tb is None else [str(f).split('/')[-1] for f in tb])
print("small int:", tracemalloc.get_object_traceback(1))
tracemalloc.stop()
print("after stop:", tracemalloc.get_object_traceback(big))
