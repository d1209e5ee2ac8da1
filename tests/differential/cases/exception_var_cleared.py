import sys
class Big:
    def __del__(self):
        print("Big freed")
def f():
    try:
        raise ValueError(Big())
    except ValueError as e:
        print("caught", type(e.args[0]).__name__)
    print("after except block")
f()
print("---")
try:
    raise KeyError(Big())
except KeyError as err:
    pass
print("module level: err bound?", 'err' in dir())
