import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
cache = weakref.WeakValueDictionary()
a = Obj('a'); b = Obj('b')
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), len(cache))
del a
print("after del a:", sorted(cache.keys()), len(cache))
print("get:", cache.get('a'), cache['b'].n)
print("'b' in cache:", 'b' in cache)
b2 = cache.pop('b')
print("popped:", b2.n, len(cache))
c = Obj('c'); c.me = c
cache['c'] = c
del c
print("cycle alive until gc:", len(cache))
gc.collect()
print("after gc:", len(cache))
try:
    cache['zzz']
except KeyError as e:
    print("KeyError", e)
