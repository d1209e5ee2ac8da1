f(return=1)
