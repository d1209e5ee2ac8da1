print(chr(65), chr(97), chr(0x263A), chr(233), ord('A'), ord('é'), ord('\n'))
print([ord(c) for c in 'hi!'], ''.join(chr(c) for c in [72, 105]))
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-1), hash(42), hash(2**61 - 1), hash(2**61))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash('abc') == hash('ab' + 'c'))
print(hash(None) == hash(None), hash(-2))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
