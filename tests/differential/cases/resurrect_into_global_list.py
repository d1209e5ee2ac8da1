import gc
graveyard = []
class Zombie:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Zombie.count += 1
        graveyard.append(self)
for n in ('a', 'b', 'c'):
    Zombie(n)
print([z.name for z in graveyard], Zombie.count)
graveyard.clear()
print("count after clear:", Zombie.count)
gc.collect()
z = Zombie('cyc'); z.me = z
del z
print("gc collected:", gc.collect(), "count:", Zombie.count, [x.name for x in graveyard])
