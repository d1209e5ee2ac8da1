print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0:>6}|{0:<6}|{0:^6}|'.format('ab'), '{:08.3f}'.format(3.14159), '{:+}'.format(5))
print('{:,}'.format(10**9), '{:_x}'.format(0xdeadbeef), '{!r}'.format('s'), '{0[1]}'.format(['a', 'b']))
class P:
    x = 3
print('{0.x}'.format(P()), '{:%}'.format(0.125), '{:.2e}'.format(12345.6789), '{:g}'.format(0.0001))
print('{:c}'.format(97), '{:o}'.format(8), '{:X}'.format(255), '{:#X}'.format(255), '{:=+6d}'.format(42))
try:
    '{} {}'.format('one')
except IndexError as e:
    print("IndexError:", e)
