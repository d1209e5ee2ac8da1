import sys
class E(Exception):
    pass
payload = []
def f():
    try:
        raise E(payload)
    except E as e:
        print("exception holds payload:", sys.getrefcount(payload))
    print("e is cleared after the block:", 'e' in locals())
    return sys.getrefcount(payload)
print("after f:", f())
saved = None
try:
    raise E(payload)
except E as err:
    saved = err
print("kept exception:", sys.getrefcount(payload), 'err' in globals())
saved = None
print("dropped:", sys.getrefcount(payload))
