# Allocation-heavy loop for `pnpm bench` (python.alloc_loop): lists, dicts and instances, one in
# ten instances in a two-object cycle, a few results kept. N is substituted by bench/run.ts.
N = 1000000


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


def main(n):
    keep = []
    for i in range(n):
        items = [i, i + 1]
        d = {'k': i, 'items': items}
        a = Node(i)
        if i % 10 == 0:
            b = Node(i)
            a.peer = b
            b.peer = a
        if i % 1000 == 0:
            keep.append(d)
    return len(keep)


print(main(N))
