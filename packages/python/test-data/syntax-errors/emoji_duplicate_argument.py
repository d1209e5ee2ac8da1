s = "🐍"; def f(a, a): pass
