import sys

a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(b))
del b
print(sys.getrefcount(a))
import gc

gc.enable()  # Enable garbage collection

# To disable garbage collection, use:
# gc.disable()

# To manually trigger garbage collection:
gc.collect()
#get garbage collection stats 
print(gc.get_stats())
##get unreachable objects 
print(gc.garbage)
##handling circular refrences 
class MyObject:
    def __init__(self, name):
        self.name = name
        print(f"Object {self.name} created")

    def __del__(self):
        print(f"Object {self.name} deleted")
obj1 = MyObject('obj1')
obj2 = MyObject('obj2')

obj1.reference = obj2
obj2.reference = obj1
del obj1
del obj2
gc.collect()
##Generators for memory efficiency
def generate_numbers(n):
    for i in range(n):
        yield i

for num in generate_numbers(100):
    if num > 10:
        break
    print(num)
#Profiling Memory usage with tracemalloc
import tracemalloc

tracemalloc.start()

# Example function to create a list

def create_list(n):
    return [i for i in range(n)]

# Main function

def main():
    create_list(10000)
    snapshot = tracemalloc.take_snapshot()
    top_stats = snapshot.statistics('lineno')
    print("Top 10 memory usage lines:")
    for stat in top_stats[:10]:
        print(stat)

main()
