import gc
print("int:", gc.is_tracked(42), "float:", gc.is_tracked(1.5), "str:", gc.is_tracked("s"))
print("bytes:", gc.is_tracked(b"b"), "None:", gc.is_tracked(None), "bool:", gc.is_tracked(True))
print("range:", gc.is_tracked(range(3)))
print("list:", gc.is_tracked([]), "set:", gc.is_tracked({1}), "frozenset:", gc.is_tracked(frozenset()))
print("empty tuple:", gc.is_tracked(()))
class C:
    pass
print("class:", gc.is_tracked(C), "instance:", gc.is_tracked(C()))
print("function:", gc.is_tracked(len), gc.is_tracked(lambda: 1))
def gen():
    yield 1
print("generator:", gc.is_tracked(gen()))
