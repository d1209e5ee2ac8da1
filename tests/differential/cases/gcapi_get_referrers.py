import gc
target = ['target']
holder_list = [target]
holder_tuple = (target, 1)
class H:
    pass
h = H()
h.t = target
refs = gc.get_referrers(target)
print(sorted(type(r).__name__ for r in refs))
print(any(r is holder_list for r in refs), any(r is holder_tuple for r in refs))
print("instance attribute holder found:", any(r is h for r in refs))
