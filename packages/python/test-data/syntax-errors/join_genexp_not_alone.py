'abc'.join(x for x in y, z)
