import gc, sys
gc.collect()
calls = []
def bad(phase, info):
    calls.append(phase)
    if phase == 'start':
        try:
            raise ValueError("in callback")
        except ValueError as e:
            calls.append(str(e))
def good(phase, info):
    calls.append('good ' + phase)
gc.callbacks.extend([bad, good])
gc.collect()
gc.callbacks.clear()
print(calls)
