"""Experiments behind src/runtime/sizes/README.md, section "The two 152-byte blocks of the seed".

Each experiment is a small script run by a fresh `python3 SCRIPT` (CPython 3.11) with cwd /tmp
and the script in /tmp, like the seed. The output of each is stored in
packages/python/test-data/tracemalloc/seed_experiments.json as {name: {source, stdout}}; the
README quotes them and src/runtime/sizes/seedBlocks.test.ts checks the model's predictions
against them.

    python3 packages/python/scripts/experiment_seed_blocks.py
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test-data", "tracemalloc", "seed_experiments.json")
SEED = os.path.join(HERE, "..", "..", "..", "..", "shared", "seed", "python-memory-management-notebook.txt")

# Prints every live trace of the script's own file as "line size" (sorted), then the statistics.
DUMP = '''
def _dump(snapshot):
    import tracemalloc as _t
    mine = sorted((t.traceback[0].lineno, t.size, t.traceback.total_nframe) for t in snapshot.traces
                  if t.traceback[0].filename == __file__)
    print("traces:", mine)
'''

EXPERIMENTS = {}

# 1. Functions defined after start() are the traced blocks; calling them allocates nothing that
#    stays. The function objects are 152 B, at the def line, in the module frame.
EXPERIMENTS["defs_after_start"] = DUMP + '''
import tracemalloc, sys
def before(): return [i for i in range(100)]
tracemalloc.start()
def after(n): return [i for i in range(n)]
def caller():
    after(1000)
    before()
    return 1
caller(); caller()
snap = tracemalloc.take_snapshot()
_dump(snap)
print("getsizeof(after):", sys.getsizeof(after))
print("object tracebacks:", tracemalloc.get_object_traceback(after), tracemalloc.get_object_traceback(caller),
      tracemalloc.get_object_traceback(before))
'''

# 2. Deleting or rebinding a function frees its trace.
EXPERIMENTS["del_and_rebind"] = DUMP + '''
import tracemalloc
tracemalloc.start()
def f(): pass
def g(): pass
def f(): return 1
del g
_dump(tracemalloc.take_snapshot())
'''

# 3. First calls, repeated calls (past the quickening warm-up) and deep recursion after
#    start() leave no trace: frames live on the data stack (not traced), specialisation caches
#    are inline in the bytecode.
EXPERIMENTS["calls_leave_nothing"] = DUMP + '''
import tracemalloc
def leaf(x): return x + 1
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
def loop():
    t = 0
    for i in range(200): t += leaf(i)
    return t
tracemalloc.start()
loop(); loop(); rec(500); rec(900)
_dump(tracemalloc.take_snapshot())
'''

# 4. A def inside a function makes a function object per call, alive while referenced; with
#    nframe > 1 its traceback shows the calls.
EXPERIMENTS["nested_def"] = DUMP + '''
import tracemalloc
tracemalloc.start(5)
def make():
    def inner(): pass
    return inner
def drop():
    def inner(): pass
    return 0
kept = make()
drop()
snap = tracemalloc.take_snapshot()
_dump(snap)
for t in snap.traces:
    if t.traceback[0].filename == __file__:
        print("traceback:", [str(f) for f in t.traceback], "total_nframe", t.traceback.total_nframe)
'''

# 5. A list comprehension is a function call in 3.11: a 152-byte function object exists while
#    it runs (at the comprehension's line) and is freed afterwards.
EXPERIMENTS["listcomp_function"] = DUMP + '''
import tracemalloc
tracemalloc.start()
def peek(i):
    if i == 0:
        global inside
        inside = sorted((t.traceback[0].lineno, t.size) for t in tracemalloc.take_snapshot().traces
                        if t.traceback[0].filename == __file__)
    return i
def build():
    return [peek(i) for i in range(3)]
build()
print("inside the comprehension:", inside)
_dump(tracemalloc.take_snapshot())
'''

# 6. Decorators, lambdas and defaults: the function is attributed to the `def` line; a
#    non-constant default adds a tuple, a closure a cell (at the *caller's* line) and a tuple.
EXPERIMENTS["def_variants"] = DUMP + '''
import tracemalloc
tracemalloc.start()
def deco(f):
    return f
@deco
def decorated(): pass
lam = lambda: 0
def defaults(a=[]): pass
def outer():
    x = []
    def inner(): return x
    return inner
clo = outer()
_dump(tracemalloc.take_snapshot())
'''

# 7. The module's globals dict: 9 names before the first statement of a script; storing a new
#    global name when its keys table is full allocates a new keys block at that line.
EXPERIMENTS["module_globals"] = '''
import sys
print("initial globals:", list(globals()), sys.getsizeof(globals()))
'''
EXPERIMENTS["module_globals_growth"] = DUMP + '''
import tracemalloc
tracemalloc.start()
a1 = 1
a2 = 2
a3 = 3
a4 = 4
a5 = 5
a6 = 6
a7 = 7
a8 = 8
a9 = 9
a10 = 10
a11 = 11
a12 = 12
a13 = 13
a14 = 14
a15 = 15
a16 = 16
a17 = 17
a18 = 18
a19 = 19
a20 = 20
_dump(tracemalloc.take_snapshot())
'''


def seed_source():
    """The seed notebook's code cells concatenated, as /tmp/seed.py was made."""
    lines = open(SEED, encoding="utf-8").read().split("\n")
    cells, cur, in_code = [], [], False
    for line in lines:
        if line.startswith("In ["):
            if cur:
                cells.append(cur)
            cur, in_code = [], True
            continue
        if in_code:
            if line == "" and cur and cur[-1] == "":
                cells.append(cur[:-1])
                cur, in_code = [], False
                continue
            cur.append(line)
    if cur:
        cells.append(cur)
    return "\n".join("\n".join(c).rstrip("\n") for c in cells) + "\n"


def run(name, source):
    path = os.path.join(tempfile.gettempdir(), f"hl_exp_{name}.py")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(source)
    try:
        out = subprocess.run([sys.executable, path], cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True)
    finally:
        os.remove(path)
    return out.stdout.replace(path, "SCRIPT")


def main():
    results = {}
    seed = open("/tmp/seed.py").read() if os.path.exists("/tmp/seed.py") else seed_source()
    results["seed"] = {"source": seed, "stdout": run("seed", seed)}
    # The seed with one more global name stored after start(): `def main` then overflows the
    # globals' keys table and the new table is traced on the def line.
    extra = seed.replace("tracemalloc.start()\n", "tracemalloc.start()\nzz = 0\n", 1)
    results["seed_one_more_global"] = {"source": extra, "stdout": run("seed_one_more_global", extra)}
    for name, src in EXPERIMENTS.items():
        results[name] = {"source": src, "stdout": run(name, src)}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        json.dump({"python": sys.version.split()[0], "experiments": results}, fh, indent=1)
        fh.write("\n")
    for name, r in results.items():
        print(f"=== {name}")
        print(r["stdout"] if name.startswith("seed") is False else "\n".join(r["stdout"].splitlines()[-4:]))


if __name__ == "__main__":
    main()
