def f():
    def g():
