b = b'hello'
print(b, len(b), b[0], b[1:3], b + b' world', b * 2, b'll' in b)
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), b'\x00\xff', b'a\nb')
print(b.upper(), b.decode(), 'héllo'.encode(), list(b'ab'), b.hex())
print(b == b'hello', b < b'help', b.split(b'l'), b.find(b'l'), b.count(b'l'), b.startswith(b'he'))
ba = bytearray(b'abc')
ba[0] = 120
ba.append(100)
print(ba, bytes(ba), len(ba))
print(repr(b"it's"), repr(b'"'), repr(b"both ' and \""))
