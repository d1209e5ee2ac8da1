import weakref
class K:
    def __init__(self, n): self.n = n
meta = weakref.WeakKeyDictionary()
k1 = K(1); k2 = K(2)
meta[k1] = 'one'
meta[k2] = 'two'
print(len(meta), meta[k1], k2 in meta)
del k1
print("after del k1:", len(meta), [k.n for k in meta.keys()])
meta[k2] = 'TWO'
print(list(meta.values()))
del meta[k2]
print("empty:", len(meta))
k3 = K(3)
meta[k3] = [1, 2]
k3 = None
print("rebinding drops the entry:", len(meta))
