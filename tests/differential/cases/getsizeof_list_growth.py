import sys
l = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
while l:
    l.pop()
    if len(l) % 5 == 0:
        print(len(l), sys.getsizeof(l))
m = [1, 2, 3]
m.extend(range(10))
print("extend:", sys.getsizeof(m))
m += [0] * 20
print("+=:", sys.getsizeof(m))
