import gc
def gen():
    try:
        yield 1
    finally:
        print("finally: pending exception cleared")
g = gen()
next(g)
try:
    raise KeyError('k')
except KeyError:
    del g
    print("generator closed while handling KeyError")
print("end")
