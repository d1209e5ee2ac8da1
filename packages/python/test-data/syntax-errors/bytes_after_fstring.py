x = f"{x!r:>{w}.{p}f} {y=} {{}} {z!s}" rb"\\x00" b"a" b"b"
