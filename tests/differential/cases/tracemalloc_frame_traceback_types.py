import tracemalloc
tracemalloc.start()
obj = bytearray(4096)
tb = tracemalloc.get_object_traceback(obj)
fr = tb[0]
print(type(tb).__name__, type(fr).__name__, len(tb))
print(fr.lineno, fr.filename.endswith('tracemalloc_frame_traceback_types.py'))
print(tb == tracemalloc.get_object_traceback(obj), hash(fr) == hash(tb[0]))
print(tb.total_nframe)
print(str(tb).split(':')[-1], repr(fr).startswith("<Frame filename="))
print(tb.format()[0].endswith('line 3'), tb.format()[1])
tracemalloc.stop()
