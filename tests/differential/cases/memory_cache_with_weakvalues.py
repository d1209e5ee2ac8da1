import weakref, gc
class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
_cache = weakref.WeakValueDictionary()
def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img
a = load('cat'); b = load('cat'); c = load('dog')
print(a is b, Image.loads, sorted(_cache.keys()))
del a, b
print(sorted(_cache.keys()))
d = load('cat')
print(Image.loads, len(_cache))
