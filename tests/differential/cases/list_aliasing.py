a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
def mutate(lst):
    lst += [99]
    lst = ['rebound']
    return lst
orig = [1]
print(mutate(orig), orig)
