class Stop(BaseException):
    pass
try:
    raise Stop("base")
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught as BaseException:", repr(e))
raise Stop("uncaught base exception")
