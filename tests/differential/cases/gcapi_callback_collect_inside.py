import gc
gc.collect()
def nested(phase, info):
    if phase == 'start':
        print("collect() inside a callback returns", gc.collect())
gc.callbacks.append(nested)
print("outer collect:", gc.collect())
gc.callbacks.remove(nested)
