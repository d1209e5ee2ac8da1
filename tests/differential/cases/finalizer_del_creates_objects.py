import gc
log = []
class Spawner:
    def __init__(self, gen): self.gen = gen
    def __del__(self):
        log.append(self.gen)
        if self.gen < 3:
            Spawner(self.gen + 1)
Spawner(0)
print("chain of finalizers creating objects:", log)
gc.collect()
s = Spawner(10); s.me = s
del s
print("collected:", gc.collect(), log)
