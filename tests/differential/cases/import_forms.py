import sys
import gc as collector
from gc import collect, get_threshold
from sys import getrefcount as rc
import weakref, tracemalloc
print(collector.isenabled())
print(collect() >= 0, get_threshold())
print(rc([]))
print(type(sys).__name__, sys.__name__, collector.__name__, weakref.__name__, tracemalloc.__name__)
from weakref import ref, WeakValueDictionary as WVD
print(ref.__name__, WVD.__name__)
import sys as system
print(system is sys, 'collector' in dir(), 'gc' in dir())
