n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7.0
f /= 2
print(f)
b = 0b1100
b &= 0b1010; b |= 0b0001; b ^= 0b1111; b <<= 2; b >>= 1
print(b)
s = 'ab'
s *= 3
s += '!'
print(s)
t = (1,)
t += (2, 3)
print(t)
d = {'k': 1}
d['k'] += 10
print(d)
class C: pass
c = C(); c.v = 1
c.v += 1
print(c.v)
