"""Captures the behaviour of CPython 3.11's Lib/tracemalloc.py on synthetic data, for the model in
src/runtime/tracemalloc/ (tested by tracemalloc.test.ts). Nothing in the output is typed by hand.

    python3 packages/python/scripts/capture_tracemalloc.py

Writes packages/python/test-data/tracemalloc/format_cases.json:
- format_size: [value, sign, _format_size(value, sign)];
- fnmatch: [name, pattern, fnmatch.fnmatch(name, pattern)];
- snapshots: random raw traces (domain, size, frames most recent first, total_nframe), with
  str/repr of every Trace, statistics for every key type and cumulative flag, compare_to against
  a second snapshot, filter_traces results, and Traceback.format for several limits;
- errors: repr of the exceptions the API raises.
"""
import fnmatch
import json
import linecache
import os
import random
import sys
import tracemalloc
from tracemalloc import _format_size

assert sys.version_info[:2] == (3, 11), sys.version
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test-data", "tracemalloc", "format_cases.json")
rng = random.Random(20240311)

# ------------------------------------------------------------------ _format_size

values = [0, 1, 99, 100, 152, 1023, 1024, 10239, 10240, 10241, 50057, 102399, 102400, 1048575, 1048576,
          10485759, 10485760, 104857600, 107374182399, 1024 ** 4 * 200, 2.5, 3.5, 66.5, 0.5, 1.5, 24.4 * 1024,
          0.05 * 1024, 0.25 * 1024, 99.95 * 1024, 99.94 * 1024, 99.96 * 1024, 10239.5, 10239.4, 10238.5,
          1024 * 1024 * 99.95, 1024 * 1024 * 100, 1024 ** 3 * 99.95, 1024 ** 4 * 99.95, 1024 ** 4 * 1000.5,
          1e-300, 5e-324, 0.49999999999999994]
for e in range(0, 48):
    for _ in range(6):
        values.append(rng.randrange(0, 2 ** e + 1))
    values.append(rng.uniform(0, 2 ** e))
for _ in range(300):
    size = rng.randrange(0, 10 ** rng.randrange(1, 12))
    count = rng.randrange(1, 1000)
    values.append(size / count)
format_size = []
for v in values:
    for sign in (False, True):
        format_size.append([v, sign, _format_size(v, sign)])
        format_size.append([-v, sign, _format_size(-v, sign)])
format_size.append([-0.0, True, _format_size(-0.0, True)])
format_size.append([-0.0, False, _format_size(-0.0, False)])

# ------------------------------------------------------------------ fnmatch

alphabet = "ab-!]^[*?.pyc/\\xé"
names = ["a.py", "a.pyc", "/tmp/x/a.py", "b", "", "-", "]", "[", "!", "^", "abc", "a-b", "a]b", "x.py", "é.py",
         "dir/sub/file.py", "a\nb", "\\", "*", "?"]
patterns = ["*", "?", "a*", "*.py", "*.pyc", "[ab]*", "[!ab]*", "[a-c]*", "[c-a]*", "[]]", "[!]]", "[!]", "[", "[a-]",
            "[-a]", "[!-a]", "[a-c-e]", "[z-ab-c]", "[b-a]", "[!b-a]", "[^a]", "[[]", "a?c", "*/*.py", "**", "\\*",
            "[\\]", "[a&&b]", "[~|]", "é*"]
for _ in range(400):
    patterns.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 7))))
    names.append("".join(rng.choice("ab-]!^[.pyc/x") for _ in range(rng.randrange(0, 6))))
fn_cases = []
for p in patterns:
    for n in rng.sample(names, 12):
        fn_cases.append([n, p, fnmatch.fnmatch(n, p)])
    for n in names[:20]:
        fn_cases.append([n, p, fnmatch.fnmatch(n, p)])

# ------------------------------------------------------------------ snapshots

FILES = ["a.py", "b.py", "/tmp/seed.py", "dir/c.py", "it's.py", 'say "hi".py', "é.py", "<unknown>", "lib.pyc",
         "z\u00e9\U0001F600.py", "\uE000.py", "\U00010000.py"]
SOURCE = {}
for f in FILES:
    lines = []
    for i in range(1, 30):
        kind = rng.randrange(4)
        lines.append(["    x = %d  \n" % i, "\n", "\tdef f(): return [i for i in range(%d)]\n" % i, "  \u00a0y\u3000\n"][kind])
    SOURCE[f] = lines
    linecache.cache[f] = (sum(map(len, lines)), None, lines, f)


def random_frame():
    return (rng.choice(FILES), rng.randrange(0, 25))


def random_traces(n):
    traces = []
    pool = [tuple(random_frame() for _ in range(rng.randrange(1, 4))) for _ in range(12)]
    for _ in range(n):
        frames = rng.choice(pool) if rng.random() < 0.6 else tuple(random_frame() for _ in range(rng.randrange(1, 5)))
        domain = 0 if rng.random() < 0.85 else rng.choice([1, 2, 7])
        size = rng.choice([0, 8, 16, 56, 64, 152, 1024, rng.randrange(0, 200000)])
        traces.append((domain, size, frames, len(frames) + rng.choice([0, 0, 1, 5])))
    return traces


def mutate(traces):
    out = [t for t in traces if rng.random() < 0.7]
    out += random_traces(rng.randrange(0, 15))
    return out


def filters_of(spec):
    result = []
    for f in spec:
        if f["kind"] == "domain":
            result.append(tracemalloc.DomainFilter(f["inclusive"], f["domain"]))
        else:
            result.append(tracemalloc.Filter(f["inclusive"], f["pattern"], f["lineno"], f["all_frames"], f["domain"]))
    return result


def random_filter_spec():
    if rng.random() < 0.2:
        return {"kind": "domain", "inclusive": rng.random() < 0.5, "domain": rng.choice([0, 1, 2])}
    return {"kind": "filter", "inclusive": rng.random() < 0.5,
            "pattern": rng.choice(["*", "a.py", "*.py", "lib.py", "lib.pyc", "[ab].py", "dir/*", "*seed*", "?.py", "<unknown>"]),
            "lineno": rng.choice([None, None, rng.randrange(0, 25)]),
            "all_frames": rng.random() < 0.4, "domain": rng.choice([None, None, None, 0, 1])}


def stat_lines(stats):
    return [[str(s), repr(s)] for s in stats]


snapshots = []
for case in range(40):
    raw = random_traces(rng.randrange(0, 40))
    limit = rng.randrange(1, 5)
    snap = tracemalloc.Snapshot(raw, limit)
    old = tracemalloc.Snapshot(mutate(raw), limit)
    rec = {"traces": [[d, s, [list(f) for f in fr], tn] for d, s, fr, tn in raw],
           "old_traces": [[d, s, [list(f) for f in fr], tn] for d, s, fr, tn in old.traces._traces],
           "limit": limit,
           "trace_text": [[str(t), repr(t)] for t in snap.traces] if raw else [],
           "traces_repr": repr(snap.traces)}
    stats = {}
    diffs = {}
    for key in ("traceback", "filename", "lineno"):
        for cumulative in (False, True):
            if key == "traceback" and cumulative:
                continue
            stats[f"{key}/{cumulative}"] = stat_lines(snap.statistics(key, cumulative))
            diffs[f"{key}/{cumulative}"] = stat_lines(snap.compare_to(old, key, cumulative))
    rec["statistics"] = stats
    rec["compare_to"] = diffs
    rec["filters"] = []
    for _ in range(8):
        spec = [random_filter_spec() for _ in range(rng.randrange(0, 4))]
        kept = snap.filter_traces(filters_of(spec))
        index = {id(t): i for i, t in enumerate(snap.traces._traces)}
        rec["filters"].append({"spec": spec, "kept": [index[id(t)] for t in kept.traces._traces],
                               "normalized": [f.filename_pattern for f in filters_of(spec) if isinstance(f, tracemalloc.Filter)]})
    rec["format"] = []
    for t in list(snap.traces)[:5]:
        tb = t.traceback
        for limit_arg in (None, 1, 2, 5, 0, -1, -2, -5):
            for mrf in (False, True):
                rec["format"].append({"frames": [list(f) for f in t._trace[2]], "limit": limit_arg, "most_recent_first": mrf,
                                      "lines": tb.format(limit_arg, mrf)})
    snapshots.append(rec)

# ------------------------------------------------------------------ errors

errors = {}


def capture(name, fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        errors[name] = [type(e).__name__, str(e)]
    else:
        errors[name] = None


empty = tracemalloc.Snapshot([], 1)
capture("start(0)", lambda: tracemalloc.start(0))
capture("start(65536)", lambda: tracemalloc.start(65536))
capture("take_snapshot_not_tracing", tracemalloc.take_snapshot)
capture("statistics('bogus')", lambda: empty.statistics("bogus"))
capture("statistics(\"it's\")", lambda: empty.statistics("it's"))
capture("statistics('traceback', True)", lambda: empty.statistics("traceback", True))
capture("compare_to('bogus')", lambda: empty.compare_to(empty, "bogus"))
capture("filter_traces(None)", lambda: empty.filter_traces(None))
capture("filter_traces(3)", lambda: empty.filter_traces(3))
errors["source_lines"] = {f: lines for f, lines in SOURCE.items()}

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as fh:
    json.dump({"python": sys.version.split()[0], "format_size": format_size, "fnmatch": fn_cases,
               "snapshots": snapshots, "errors": errors}, fh, separators=(",", ":"), ensure_ascii=False)
    fh.write("\n")
print(f"{len(format_size)} sizes, {len(fn_cases)} fnmatch, {len(snapshots)} snapshots -> {os.path.relpath(OUT)}")
