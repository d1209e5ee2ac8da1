{a: b, **c, d}
