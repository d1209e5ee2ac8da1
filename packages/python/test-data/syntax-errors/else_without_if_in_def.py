def f():
    else:
        pass
