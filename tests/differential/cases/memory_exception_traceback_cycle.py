import gc
class Res:
    def __del__(self):
        print("Res freed")
def fail():
    r = Res()
    raise ValueError("x")
gc.collect()
def keep_exception():
    try:
        fail()
    except ValueError as e:
        return e
err = keep_exception()
print("exception kept: frames hold Res")
err = None
print("after dropping the exception")
def self_cycle():
    try:
        fail()
    except ValueError as e:
        saved = e
    return 1
self_cycle()
print("exception stored in a local of its own frame: cycle")
print("collected something:", gc.collect() > 0)
