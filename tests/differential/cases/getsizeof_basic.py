import sys
for obj in [0, 1, -1, 2**30, 2**60, 2**100, 1.0, True, False, None]:
    print(repr(obj), sys.getsizeof(obj))
for s in ['', 'a', 'hello', 'é', 'ab' * 50]:
    print(repr(s)[:12], sys.getsizeof(s))
for b in [b'', b'abc', bytes(100)]:
    print(len(b), sys.getsizeof(b))
