import gc
print(gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
