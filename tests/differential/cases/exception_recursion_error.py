import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print("limit:", sys.getrecursionlimit())
sys.setrecursionlimit(200)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print("depth reached below 200:", 150 < depth < 200)
sys.setrecursionlimit(1000)
