import os
import os.path as p, sys
from . import x
from ..a.b import (c, d as e,)
from m import *
x = y = z = 1
a, *b = c
[a, b], (c, d) = e
a.b[c], *d.e = f
x += 1; y -= 2; z **= 3; w //= 4; v @= 5; u |= 6; t ^= 7; s &= 8; r <<= 9; q >>= 1; o %= 2; n /= 3; m *= 4
x: int
y: int = 1
(z): int = 2
a.b: str = 'c'
del a, b.c, d[e], (f, g), [h]
pass
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    pass
for i, j in pairs:
    continue
else:
    pass
try:
    pass
except (A, B) as e:
    raise X from e
except C:
    raise
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a as b, c as (d, e), f:
    pass
with (a as b, c):
    pass
with (a, b) as c:
    pass
assert x, "message"
global g1, g2
x = yield_value = None
