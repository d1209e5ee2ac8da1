"""Measures CPython 3.11's memory layout: for each case, sys.getsizeof of the objects the case
keeps and every memory block tracemalloc traces for the allocations the case made and kept.

Run with CPython 3.11 (64-bit, pymalloc):

    python3 packages/python/scripts/measure_sizes.py

It writes packages/python/test-data/sizes/measured.json. src/runtime/sizes/*.test.ts compare
heapline's layout model with it; nothing in that file is typed by hand.

How one case is measured. The case body is compiled as the body of a function
`__case(keep, S)` in a file named "<case>"; `S` holds objects made beforehand by the case's
setup code (file "<setup>"), `keep` is a preallocated list the case stores its results in.
Then:

    gc.collect()               # a full collection also empties the list/tuple/dict/float
                               # freelists, so every object the case makes is a fresh malloc
    tracemalloc.clear_traces()
    __case(keep, S)
    gc.collect()               # frees temporaries parked on freelists (they keep their trace)
    snapshot = tracemalloc.take_snapshot()

and the blocks are the traces whose most recent frame is in "<case>" or "<setup>" (tracing
with one frame), as [file, line, size], line relative to the case body (1 = first body line).
`sizes` is sys.getsizeof of each non-None slot of `keep`.
"""
import gc
import json
import os
import sys
import textwrap
import tracemalloc

assert sys.version_info[:2] == (3, 11), sys.version
assert sys.maxsize == 2**63 - 1

CASE = "<case>"
SETUP = "<setup>"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test-data", "sizes", "measured.json")

tracemalloc.start(1)
results = []


def measure(group, params, body, setup="", nkeep=8, extra=None):
    S = {}
    if setup:
        exec(compile(textwrap.dedent(setup), SETUP, "exec"), S)
    src = "def __case(keep, S):\n" + textwrap.indent(textwrap.dedent(body).strip("\n"), "    ") + "\n"
    ns = {}
    exec(compile(src, CASE, "exec"), ns)
    fn = ns["__case"]
    keep = [None] * nkeep
    gc.collect()
    tracemalloc.clear_traces()
    fn(keep, S)
    gc.collect()
    snap = tracemalloc.take_snapshot()
    blocks = []
    for t in snap.traces:
        frame = t.traceback[0]
        if frame.filename == CASE:
            blocks.append(["case", frame.lineno - 1, t.size])
        elif frame.filename == SETUP:
            blocks.append(["setup", frame.lineno, t.size])
    blocks.sort()
    sizes = [sys.getsizeof(k) for k in keep if k is not None]
    rec = {"group": group, "params": params, "sizes": sizes, "blocks": blocks}
    if extra is not None:
        rec["extra"] = extra(keep)
    results.append(rec)
    del keep, S, ns, fn
    return rec


# ---------------------------------------------------------------- list

for n in range(0, 201):
    measure("list_append", {"n": n}, f"""
        o = S
        l = []
        for i in range({n}): l.append(o)
        keep[0] = l
    """)
    measure("list_comprehension", {"n": n}, f"""
        o = S
        keep[0] = [o for i in range({n})]
    """)
    measure("list_insert", {"n": n}, f"""
        o = S
        l = []
        for i in range({n}): l.insert(0, o)
        keep[0] = l
    """)

for n in range(0, 41):
    items = ", ".join(["o"] * n)
    measure("list_display_vars", {"n": n}, f"""
        o = S
        keep[0] = [{items}]
    """)
    consts = ", ".join(str(i) for i in range(n))
    measure("list_display_consts", {"n": n}, f"""
        keep[0] = [{consts}]
    """)
    items = ", ".join(["o"] * n)
    measure("tuple_display_vars", {"n": n}, f"""
        o = S
        keep[0] = ({items}{"," if n == 1 else ""})
    """)

LISTS_SETUP = "L = [[None] * n for n in range(101)]\nT = [tuple(x) for x in L]\n"
for n in range(0, 101):
    measure("list_from_list", {"n": n}, f"keep[0] = list(S['L'][{n}])", LISTS_SETUP)
    measure("list_from_tuple", {"n": n}, f"keep[0] = list(S['T'][{n}])", LISTS_SETUP)
    measure("list_from_range", {"n": n}, f"keep[0] = list(range({n}))")
    measure("list_from_generator", {"n": n}, f"""
        o = S
        keep[0] = list(o for i in range({n}))
    """)
    measure("list_from_map", {"n": n}, f"keep[0] = list(map(S['f'], range({n})))", "f = lambda x: None\n")
    measure("list_repeat", {"n": n}, f"keep[0] = [S] * {n}")
    measure("list_repeat2", {"n": n}, f"keep[0] = [S, S] * {n}")
    measure("list_slice_copy", {"n": n}, f"""
        l = S['L'][100]
        keep[0] = l[:{n}]
    """, LISTS_SETUP)
    measure("list_copy", {"n": n}, f"keep[0] = S['L'][{n}].copy()", LISTS_SETUP)
    measure("list_concat", {"n": n}, f"keep[0] = S['L'][{n}] + S['L'][{n // 2}]", LISTS_SETUP)
    measure("sorted_list", {"n": n}, f"keep[0] = sorted(S['L'][{n}], key=id)", LISTS_SETUP)
    measure("sorted_range", {"n": n}, f"keep[0] = sorted(range({n}))")
    measure("tuple_from_list", {"n": n}, f"keep[0] = tuple(S['L'][{n}])", LISTS_SETUP)
    measure("tuple_from_generator", {"n": n}, f"""
        o = S
        keep[0] = tuple(o for i in range({n}))
    """)

for n in (8, 9, 17, 25, 40, 100):
    for k in range(0, n + 1):
        measure("list_pop", {"n": n, "k": k}, f"""
            o = S
            l = []
            for i in range({n}): l.append(o)
            for i in range({k}): l.pop()
            keep[0] = l
        """)
        measure("list_del_front", {"n": n, "k": k}, f"""
            o = S
            l = []
            for i in range({n}): l.append(o)
            for i in range({k}): del l[0]
            keep[0] = l
        """)

for k in (1, 2, 3, 4, 5, 7, 10, 16):
    for m in range(0, 13):
        measure("list_extend_list", {"k": k, "m": m}, f"""
            l = []
            for i in range({m}): l.extend(S['L'][{k}])
            keep[0] = l
        """, LISTS_SETUP)
        measure("list_extend_generator", {"k": k, "m": m}, f"""
            o = S
            l = []
            for i in range({m}): l.extend(o for j in range({k}))
            keep[0] = l
        """)
        measure("list_iadd_list", {"k": k, "m": m}, f"""
            l = []
            for i in range({m}): l += S['L'][{k}]
            keep[0] = l
        """, LISTS_SETUP)

for n in (0, 1, 4, 5, 9, 30):
    for k in (0, 1, 2, 3, 5, 8):
        measure("list_imul", {"n": n, "k": k}, f"""
            l = list(S['L'][{n}])
            l *= {k}
            keep[0] = l
        """, LISTS_SETUP)
        measure("list_setslice_grow", {"n": n, "k": k}, f"""
            o = S
            l = []
            for i in range({n}): l.append(o)
            l[0:0] = S['L'][{k}]
            keep[0] = l
        """, LISTS_SETUP)
    measure("list_clear", {"n": n}, f"""
        l = list(S['L'][{n}])
        l.clear()
        keep[0] = l
    """, LISTS_SETUP)
    measure("list_del_all", {"n": n}, f"""
        l = list(S['L'][{n}])
        del l[:]
        keep[0] = l
    """, LISTS_SETUP)

# ---------------------------------------------------------------- tuple

for n in range(0, 41):
    measure("tuple_repeat", {"n": n}, f"keep[0] = (S,) * {n}")
    measure("tuple_concat", {"n": n}, f"keep[0] = S['T'][{n}] + S['T'][{n // 3}]", LISTS_SETUP)
    measure("tuple_slice", {"n": n}, f"keep[0] = S['T'][100][:{n}]", LISTS_SETUP)

# ---------------------------------------------------------------- dict

KEYS_SETUP = "K = ['key%d' % i for i in range(200)]\nI = [10**6 + i for i in range(200)]\nV = [object() for i in range(200)]\n"
for n in range(0, 121):
    measure("dict_setitem_str", {"n": n}, f"""
        K = S['K']
        d = {{}}
        for i in range({n}): d[K[i]] = None
        keep[0] = d
    """, KEYS_SETUP)
    measure("dict_setitem_int", {"n": n}, f"""
        I = S['I']
        d = {{}}
        for i in range({n}): d[I[i]] = None
        keep[0] = d
    """, KEYS_SETUP)
    measure("dict_comprehension_str", {"n": n}, f"""
        K = S['K']
        keep[0] = {{K[i]: None for i in range({n})}}
    """, KEYS_SETUP)
    measure("dict_fromkeys_list_str", {"n": n}, f"keep[0] = dict.fromkeys(S['K'][:{n}])", KEYS_SETUP)
    measure("dict_zip_str", {"n": n}, f"keep[0] = dict(zip(S['K'][:{n}], S['V']))", KEYS_SETUP)

for n in range(0, 41):
    measure("dict_display_const_str", {"n": n}, "o = S\nkeep[0] = {" + ", ".join(f"'key{i}': o" for i in range(n)) + "}")
    measure("dict_display_var_str", {"n": n}, "K = S['K']\nkeep[0] = {" + ", ".join(f"K[{i}]: None" for i in range(n)) + "}",
            KEYS_SETUP)
    measure("dict_display_var_int", {"n": n}, "I = S['I']\nkeep[0] = {" + ", ".join(f"I[{i}]: None" for i in range(n)) + "}",
            KEYS_SETUP)
    measure("dict_kwargs", {"n": n}, "keep[0] = dict(" + ", ".join(f"key{i}=None" for i in range(n)) + ")")

DICTS_SETUP = KEYS_SETUP + """
def grown(n, ks):
    d = {}
    for k in ks[:n]: d[k] = None
    return d
DS = [grown(n, K) for n in range(121)]
DI = [grown(n, I) for n in range(121)]
"""
for n in range(0, 121):
    measure("dict_copy_str", {"n": n}, f"keep[0] = S['DS'][{n}].copy()", DICTS_SETUP)
    measure("dict_call_dict_str", {"n": n}, f"keep[0] = dict(S['DS'][{n}])", DICTS_SETUP)
    measure("dict_copy_int", {"n": n}, f"keep[0] = S['DI'][{n}].copy()", DICTS_SETUP)
    measure("dict_update_empty_str", {"n": n}, f"""
        d = {{}}
        d.update(S['DS'][{n}])
        keep[0] = d
    """, DICTS_SETUP)

for n in (0, 1, 3, 5, 6, 10, 11, 21, 22, 43, 85):
    for m in (0, 1, 2, 5, 6, 11, 22, 40):
        measure("dict_update_str", {"n": n, "m": m}, f"""
            d = dict(S['DS'][{n}])
            d.update(S['DM'][{m}])
            keep[0] = d
        """, DICTS_SETUP + "DM = [grown(m, K[100:]) for m in range(41)]\n")
    for k in (0, 1, 2, 5, 10):
        measure("dict_delete_reinsert_str", {"n": n, "k": k}, f"""
            K = S['K']
            d = {{}}
            for i in range({n}): d[K[i]] = None
            for i in range({min(k, n)}): del d[K[i]]
            for i in range({k}): d[K[100 + i]] = None
            keep[0] = d
        """, KEYS_SETUP)
    measure("dict_str_then_int_key", {"n": n}, f"""
        K = S['K']
        d = {{}}
        for i in range({n}): d[K[i]] = None
        d[S['I'][0]] = None
        keep[0] = d
    """, KEYS_SETUP)
    measure("dict_clear", {"n": n}, f"""
        d = dict(S['DS'][{n}])
        d.clear()
        keep[0] = d
    """, DICTS_SETUP)
    measure("dict_pop_all", {"n": n}, f"""
        d = dict(S['DS'][{n}])
        while d: d.popitem()
        keep[0] = d
    """, DICTS_SETUP)

# ---------------------------------------------------------------- set

for n in range(0, 121):
    measure("set_add", {"n": n}, f"""
        I = S['I']
        s = set()
        for i in range({n}): s.add(I[i])
        keep[0] = s
    """, KEYS_SETUP)
    measure("set_from_list", {"n": n}, f"keep[0] = set(S['I'][:{n}])", KEYS_SETUP)
    measure("set_comprehension", {"n": n}, f"keep[0] = {{x for x in S['I'][:{n}]}}", KEYS_SETUP)
    measure("frozenset_from_list", {"n": n}, f"keep[0] = frozenset(S['I'][:{n}])", KEYS_SETUP)
    measure("set_from_set", {"n": n}, f"keep[0] = set(S['SS'][{n}])",
            KEYS_SETUP + "SS = [set(I[:n]) for n in range(121)]\n")
    measure("set_copy", {"n": n}, f"keep[0] = S['SS'][{n}].copy()",
            KEYS_SETUP + "SS = [set(I[:n]) for n in range(121)]\n")
    measure("set_from_dict", {"n": n}, f"keep[0] = set(S['DI'][{n}])", DICTS_SETUP)

for n in range(0, 41):
    measure("set_display_vars", {"n": n}, "I = S['I']\nkeep[0] = " + ("{" + ", ".join(f"I[{i}]" for i in range(n)) + "}" if n else "set()"),
            KEYS_SETUP)
    if n >= 1:
        measure("set_display_consts", {"n": n}, "keep[0] = {" + ", ".join(str(1000 + i) for i in range(n)) + "}")

for n in (0, 5, 6, 19, 20, 100):
    measure("set_clear", {"n": n}, f"""
        s = set(S['I'][:{n}])
        s.clear()
        keep[0] = s
    """, KEYS_SETUP)
    measure("set_discard_all", {"n": n}, f"""
        s = set(S['I'][:{n}])
        for x in S['I'][:{n}]: s.discard(x)
        keep[0] = s
    """, KEYS_SETUP)

# ---------------------------------------------------------------- str, bytes, bytearray

for n in list(range(0, 70)) + [100, 127, 128, 200, 1000, 10000]:
    for label, ch in (("ascii", "a"), ("latin1", "\u00e9"), ("ucs2", "\u0100"), ("ucs4", "\U0001F600")):
        measure(f"str_{label}", {"n": n}, f"keep[0] = S['c'] * {n}", f"c = {ch!r}\n")
    measure("str_mixed_ascii_latin1", {"n": n}, f"keep[0] = 'a' * {n} + S['c']", "c = '\\u00e9'\n")
    measure("bytes", {"n": n}, f"keep[0] = bytes({n})")
    measure("bytes_repeat", {"n": n}, f"keep[0] = S['b'] * {n}", "b = b'x'\n")
    measure("bytearray", {"n": n}, f"keep[0] = bytearray({n})")
for n in range(0, 101):
    measure("bytearray_append", {"n": n}, f"""
        b = bytearray()
        for i in range({n}): b.append(120)
        keep[0] = b
    """)
    measure("str_from_int", {"n": n}, f"keep[0] = str(10 ** {n})")

# ---------------------------------------------------------------- int, float, complex, bool, None

INT_SETUP = "P = [2 ** k for k in range(301)]\nM = [2 ** k - 1 for k in range(301)]\n"
for k in range(0, 301):
    measure("int_pow2", {"k": k}, f"keep[0] = -(-S['P'][{k}])", INT_SETUP)
    measure("int_all_ones", {"k": k}, f"keep[0] = -(-S['M'][{k}])", INT_SETUP)
    measure("int_neg_pow2", {"k": k}, f"keep[0] = -S['P'][{k}]", INT_SETUP)
for ka in (0, 10, 29, 30, 31, 59, 60, 61, 89, 90, 120, 200, 300):
    for kb in (0, 10, 29, 30, 31, 60, 61, 100, 300):
        measure("int_add", {"ka": ka, "kb": kb}, f"keep[0] = S['M'][{ka}] + S['M'][{kb}]", INT_SETUP)
        measure("int_sub", {"ka": ka, "kb": kb}, f"keep[0] = S['P'][{ka}] - S['M'][{kb}]", INT_SETUP)
        measure("int_mul", {"ka": ka, "kb": kb}, f"keep[0] = S['M'][{ka}] * S['M'][{kb}]", INT_SETUP)
    for s in (1, 2, 29, 30, 31, 61, 100):
        measure("int_lshift", {"ka": ka, "s": s}, f"keep[0] = S['M'][{ka}] << {s}", INT_SETUP)
        measure("int_rshift", {"ka": ka, "s": s}, f"keep[0] = S['M'][{ka}] >> {s}", INT_SETUP)
for v in (-6, -5, 0, 1, 255, 256, 257, 1000, 2**30 - 1, 2**30, 2**62, 2**63 - 1, 2**63, 2**64):
    measure("int_from_str", {"v": str(v)}, f"keep[0] = int(S['s'])", f"s = {str(v)!r}\n")
    measure("int_from_float", {"v": str(v)}, f"keep[0] = int(S['f'])", f"f = float({v})\n")
for k in range(0, 63):
    for sign, label in ((1, "pos"), (-1, "neg")):
        for v, vlabel in ((2 ** k, "pow2"), (2 ** k - 1, "ones")):
            measure("int_from_clong", {"v": str(sign * v)}, "keep[0] = next(iter(range(S['v'], S['v'] + 1)))", f"v = {sign * v}\n")
for n in (0, 1, 2, 256, 257, 258, 1000, 10**6, 2**40):
    measure("int_range_values", {"n": n}, f"keep[0] = [i for i in range({n}, {n} + 3)]")
measure("float", {}, "keep[0] = S['f'] * 2.0", "f = 1.5\n")
measure("complex", {}, "keep[0] = S['f'] * 1j", "f = 1.5\n")
measure("bool_none", {}, "keep[0] = bool(S['x']); keep[1] = None; keep[2] = S['x'] is None", "x = 1\n")

# ---------------------------------------------------------------- instances, classes

def class_with_init(k, name="C"):
    """Source of a class whose __init__ sets k attributes a0..a(k-1), at column 0."""
    body = "".join(f"        self.a{i} = {i}\n" for i in range(k)) or "        pass\n"
    return f"class {name}:\n    def __init__(self):\n{body}"


for k in range(0, 36):
    measure("instance_attrs", {"k": k}, class_with_init(k) + "keep[0] = C\nkeep[1] = C()\n",
            extra=lambda keep: {"dict_sizeof": sys.getsizeof(keep[1].__dict__)})

for k in (0, 1, 2, 3, 5):
    for m in range(1, 35):
        measure("instance_sequence", {"k": k, "m": m}, class_with_init(k) + f"keep[0] = [C() for i in range({m})]\n")

for k in (0, 1, 2, 5, 10):
    measure("instance_dict_materialised", {"k": k},
            class_with_init(k) + "c = C()\nkeep[0] = c\nkeep[1] = c.__dict__\n")
    for extra_attrs in (1, 2, 5, 30):
        sets = "".join(f"c.b{j} = {j}\n" for j in range(extra_attrs))
        measure("instance_dict_then_setattr", {"k": k, "extra": extra_attrs},
                class_with_init(k) + "c = C()\nd = c.__dict__\n" + sets + "keep[0] = c\nkeep[1] = d\n")
    for extra_attrs in (1, 2, 5, 30):
        sets = "".join(f"c.b{j} = {j}\n" for j in range(extra_attrs))
        measure("instance_setattr_later", {"k": k, "extra": extra_attrs},
                class_with_init(k) + "c = C()\n" + sets + "keep[0] = c\nkeep[1] = C()\n")

for k in range(0, 8):
    slots = "(" + "".join(f"'s{i}', " for i in range(k)) + ")"
    measure("slots_class_instance", {"k": k}, f"""
        class C:
            __slots__ = {slots}
        keep[0] = C
        keep[1] = C()
    """)
    measure("slots_dict_instance", {"k": k}, f"""
        class C:
            __slots__ = {slots[:-1]} '__dict__', '__weakref__')
        keep[0] = C
        keep[1] = C()
    """)

for m in range(0, 16):
    methods = "".join(f"    def m{i}(self): pass\n" for i in range(m)) or "    pass\n"
    measure("class_methods", {"m": m}, "class C:\n" + methods + "keep[0] = C\n")
measure("class_empty_subclass", {}, "class B: pass\nclass C(B): pass\nkeep[0] = C\nkeep[1] = B")
measure("class_docstring", {}, "class C:\n    'doc'\nkeep[0] = C")
measure("class_attrs", {}, "class C:\n    x = 1\n    y = 2\nkeep[0] = C")

for base in ("list", "dict", "int", "str", "tuple", "Exception", "object", "set"):
    measure("builtin_subclass_instance", {"base": base}, f"""
        class C({base}): pass
        keep[0] = C
        keep[1] = C()
    """)

measure("class_eq", {}, "class C:\n    def __eq__(self, o): return True\nkeep[0] = C")
measure("class_two_subclasses", {}, "class B: pass\nclass C(B): pass\nclass D(B): pass\nkeep[0] = B\nkeep[1] = C\nkeep[2] = D")
measure("object", {}, "keep[0] = object()")

# ---------------------------------------------------------------- functions, closures, methods

measure("function_lambda", {}, "keep[0] = lambda: 0")
measure("function_def", {}, "def f(): pass\nkeep[0] = f")
measure("function_defaults_const", {}, "def f(a=1, b=2): pass\nkeep[0] = f")
measure("function_defaults_var", {}, "o = S\ndef f(a=o, b=o): pass\nkeep[0] = f")
measure("function_kwdefaults", {}, "def f(*, a=1, b=2): pass\nkeep[0] = f")
measure("function_annotations", {}, "def f(a: int, b: str) -> None: pass\nkeep[0] = f")
measure("function_docstring", {}, "def f():\n    'doc'\nkeep[0] = f")
measure("function_decorated", {}, "deco = S['deco']\n@deco\ndef f(): pass\nkeep[0] = f", "def deco(f): return f\n")
for k in range(0, 5):
    decl = "".join(f"    x{i} = None\n" for i in range(k))
    uses = ", ".join(f"x{i}" for i in range(k))
    measure("function_closure", {"k": k},
            "def outer():\n" + decl + f"    def inner(): return ({uses})\n    return inner\n"
            + "keep[0] = outer\nkeep[1] = outer()\n")
measure("function_nested_freed", {}, "def outer():\n    def inner(): pass\n    return 1\nkeep[0] = outer\nkeep[1] = [outer() for i in range(3)]")
measure("bound_method", {}, "class C:\n    def m(self): pass\nc = C()\nkeep[0] = c\nkeep[1] = c.m")
measure("builtin_bound_method", {}, "l = []\nkeep[0] = l\nkeep[1] = l.append")
measure("staticmethod_classmethod", {}, "def f(): pass\nkeep[0] = staticmethod(f)\nkeep[1] = classmethod(f)\nkeep[2] = f")
measure("property", {}, "def f(s): pass\nkeep[0] = property(f)\nkeep[1] = f")

# ---------------------------------------------------------------- generators

for nlocals in range(0, 6):
    decl = "".join(f"    v{i} = None\n" for i in range(nlocals))
    gen = "def g():\n" + decl + "    yield 1\n"
    measure("generator", {"nlocals": nlocals}, gen + "keep[0] = g\nkeep[1] = g()\n")
    measure("generator_started", {"nlocals": nlocals}, gen + "keep[0] = g\nit = g()\nnext(it)\nkeep[1] = it\n")
measure("generator_expression", {}, "keep[0] = (x for x in S['S'])", "S = [1]\n")
measure("generator_expression_range", {}, "keep[0] = (x * 2 for x in range(3))")

# ---------------------------------------------------------------- range, iterators, views

for n in (0, 1, 10, 256, 257, 1000, 2**31, 2**62, 2**63, 2**64):
    measure("range", {"n": str(n)}, f"keep[0] = range(S['n'])", f"n = {n}\n")
    measure("range_iterator", {"n": str(n)}, f"keep[0] = iter(range(S['n']))", f"n = {n}\n")
measure("list_iterator", {}, "keep[0] = iter(S['S'])", "S = [1]\n")
measure("tuple_iterator", {}, "keep[0] = iter(S['S'])", "S = (1, 2)\n")
measure("set_iterator", {}, "keep[0] = iter(S['S'])", "S = {1, 2}\n")
measure("str_iterator", {}, "keep[0] = iter(S['S'])", "S = 'ab'\n")
measure("dict_iterators", {}, "D = S['S']\nkeep[0] = iter(D)\nkeep[1] = iter(D.values())\nkeep[2] = iter(D.items())", "S = {1: 2}\n")
measure("dict_views", {}, "D = S['S']\nkeep[0] = D.keys()\nkeep[1] = D.values()\nkeep[2] = D.items()", "S = {1: 2}\n")
measure("enumerate", {}, "keep[0] = enumerate(S['S'])", "S = [1]\n")
measure("zip2", {}, "keep[0] = zip(S['S'], S['S'])", "S = [1]\n")
measure("map1", {}, "keep[0] = map(len, S['S'])", "S = [1]\n")
measure("filter1", {}, "keep[0] = filter(None, S['S'])", "S = [1]\n")
measure("reversed_list", {}, "keep[0] = reversed(S['S'])", "S = [1]\n")
measure("slice", {}, "keep[0] = slice(S['S'], S['S'])", "S = 1000\n")

# ---------------------------------------------------------------- weakrefs, exceptions, cells

measure("weakref_ref", {}, "import weakref\nkeep[0] = weakref.ref(S['o'])", "class C: pass\no = C()\n")
measure("weakref_ref_callback", {}, "import weakref\nkeep[0] = weakref.ref(S['o'], print)", "class C: pass\no = C()\n")
measure("weakref_proxy", {}, "import weakref\nkeep[0] = weakref.proxy(S['o'])", "class C: pass\no = C()\n")
measure("exception_new", {}, "keep[0] = ValueError(S)", "S = 'x'\n")
measure("exception_noargs", {}, "keep[0] = ValueError()")
measure("exception_raised", {}, """
    try:
        raise ValueError(S)
    except ValueError as e:
        keep[0] = e
""", "S = 'x'\n")
measure("exception_raised_nested", {}, """
    def f(): raise KeyError(S)
    def g(): f()
    try:
        g()
    except KeyError as e:
        keep[0] = e
""", "S = 'x'\n")
measure("cell", {}, "x = S\ndef f(): return x\nkeep[0] = f.__closure__[0]", "S = 'x'\n")

import subprocess
import types

TYPES = [object, type, list, tuple, dict, set, frozenset, str, bytes, bytearray, int, float, complex,
         range, slice, types.FunctionType, types.MethodType, types.CellType, types.GeneratorType,
         types.FrameType, types.TracebackType, types.BuiltinMethodType, property, staticmethod, classmethod,
         BaseException, Exception, ValueError, TypeError, KeyError, IndexError, AttributeError, NameError,
         RuntimeError, StopIteration, ZeroDivisionError, OSError, AssertionError, NotImplementedError,
         ArithmeticError, LookupError, RecursionError, SyntaxError, ImportError, UnicodeError, SystemExit, KeyboardInterrupt]
type_table = {t.__name__: {"basicsize": t.__basicsize__, "itemsize": t.__itemsize__,
                           "gc": bool(t.__flags__ & (1 << 14)), "weaklistoffset": t.__weakrefoffset__,
                           "dictoffset": t.__dictoffset__} for t in TYPES}
# Which builtin types already have subclasses when a plain `python3 script.py` starts (a new
# subclass of one that has none creates its tp_subclasses dict).
probe = "import builtins\nprint(sorted(n for n in %r if type.__subclasses__(getattr(builtins, n))))\n" % (
    [t.__name__ for t in TYPES if hasattr(__builtins__, t.__name__)],)
probe_path = os.path.join(os.path.dirname(OUT), "_probe.py")
with open(probe_path, "w") as fh:
    fh.write(probe)
try:
    startup_subclassed = json.loads(subprocess.run([sys.executable, probe_path], capture_output=True, text=True,
                                                   check=True).stdout.replace("'", '"'))
finally:
    os.remove(probe_path)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as fh:
    json.dump({"python": sys.version.split()[0], "types": type_table, "startup_subclassed": startup_subclassed, "cases": results}, fh, separators=(",", ":"))
    fh.write("\n")
print(f"{len(results)} cases -> {os.path.relpath(OUT)}")
