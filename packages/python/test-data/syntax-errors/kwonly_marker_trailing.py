def f(self, *, ): pass
