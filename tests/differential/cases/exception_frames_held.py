import sys
class Res:
    def __del__(self):
        print("Res freed")
def inner():
    r = Res()
    raise RuntimeError("fail")
def outer():
    inner()
saved = None
try:
    outer()
except RuntimeError as e:
    saved = e
print("traceback keeps frames (and their locals) alive")
tb = saved.__traceback__
n = 0
while tb is not None:
    n += 1
    tb = tb.tb_next
print("frames in traceback:", n)
saved = None
print("exception dropped")
