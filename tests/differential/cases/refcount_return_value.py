import sys
def make():
    return []
def passthrough(o):
    return o
print("temporary result:", sys.getrefcount(make()))
r = make()
print("bound result:", sys.getrefcount(r))
s = passthrough(r)
print("returned through a function:", sys.getrefcount(r))
t = passthrough(passthrough(r))
print("twice:", sys.getrefcount(r))
def keep(o, store=[]):
    store.append(o)
    return len(store)
keep(r); keep(r)
print("stored in a mutable default:", sys.getrefcount(r))
