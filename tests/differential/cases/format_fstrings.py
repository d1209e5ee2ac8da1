name = 'World'
n = 42
pi = 3.14159265
items = ['a', 'b']
print(f"Hello, {name}!", f"{n} {n:5d}|{n:<5}|{n:^5}|{n:>5}|", f"{pi:.3f} {pi:10.2f}|")
print(f"{name!r} {name!s} {items!r} {items}", f"{n:#x} {n:#b} {n:08.3f} {n:,}")
print(f"{'nested ' + name}", f"{n * 2 + 1}", f"{items[0]}{items[-1]}", f"{len(items)=}", f"{n = }")
print(f"{{literal braces}} {n}%", f"{pi:e}", f"{0.25:.0%}", f"{1234567.891:,.2f}")
width = 8
print(f"[{name:>{width}}]", f"[{name:*^{width + 2}}]", f"[{pi:.{2}f}]")
d = {'k': 'v'}
print(f"{d['k']} {d}", f'{"double inside single"}')
