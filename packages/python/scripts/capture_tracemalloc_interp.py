"""Captures what CPython 3.11 prints for small tracemalloc scripts, for the interpreter's
tracemalloc module (src/interp/tracemalloc/), and the freelist state it starts from.
Nothing in the outputs is typed by hand.

    python3 packages/python/scripts/capture_tracemalloc_interp.py

Writes
- src/interp/tracemalloc/startup.generated.ts: the path of Lib/tracemalloc.py (frames of the
  objects it allocates name it), the lines of it that allocate the objects of its classes
  (found by their code, see LINE_SNIPPETS) and their source; and how many blocks each freelist
  (list, dict, float, tuple of length 1..20, dict keys) holds when a script that begins with
  `import tracemalloc` calls `tracemalloc.start()`. Measured by allocating many objects of the
  kind right after start() and counting how many come back untraced (`get_object_traceback(o)
  is None`, or for keys blocks the missing 120-byte traces): those are the blocks parked before
  tracing started.
- src/interp/tracemalloc/interp_cases.json: for each case of CASES (below), its source and what
  `python3 CASE.py` prints (stdout, stderr, exit status), run as a file `{DIR}/NAME.py` with
  PYTHONHASHSEED=0; the directory is written as `{DIR}`. interp.test.ts runs the same sources
  through heapline's runPython with the file name `{DIR}/NAME.py` and compares.

Each case runs in its own process, with the interpreter itself (sys.executable, not a wrapper).
"""
import json
import os
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
STARTUP_TS = os.path.join(PKG, "src", "interp", "tracemalloc", "startup.generated.ts")
CASES_JSON = os.path.join(PKG, "src", "interp", "tracemalloc", "interp_cases.json")
DIR_TOKEN = "{DIR}"


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    return e


def run(directory, name, source):
    path = os.path.join(directory, name + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    r = subprocess.run([sys.executable, path], cwd=directory, env=env(), capture_output=True, text=True, timeout=120)
    portable = lambda s: s.replace(directory, DIR_TOKEN)
    return {"stdout": portable(r.stdout), "stderr": portable(r.stderr), "status": r.returncode}


# ------------------------------------------------------------------ freelists at start()

FREELIST_PROBE = """import tracemalloc
tracemalloc.start()
K = 2100
{body}
n = 0
for o in objs:
    if tracemalloc.get_object_traceback(o) is not None:
        break
    n += 1
print(n)
"""

PROBES = {
    # The comprehension's result list comes from the list freelist first.
    "list": "keep = [[] for _ in range(K)]\nobjs = [keep] + keep",
    "dict": "keep = [{} for _ in range(K)]\nobjs = keep",
    "float": "src = list(range(1, K + 1))\nkeep = [x * 1.5 for x in src]\nobjs = keep",
}
for n in range(1, 21):
    PROBES[f"tuple{n}"] = f"src = list(range({n}))\nkeep = [tuple(src) for _ in range(K)]\nobjs = keep"

# The freelist of dict keys blocks (log2 3, str keys: 120 bytes) is not visible through
# get_object_traceback: count the 120-byte traces of the line instead.
KEYS_PROBE = """import tracemalloc
tracemalloc.start()
K = 200
keep = [{'a': i} for i in range(K)]
snapshot = tracemalloc.take_snapshot()
print(K - sum(1 for t in snapshot.traces._traces if t[2][0][1] == 4 and t[1] == 120))
"""


def capture_freelists(directory):
    counts = {}
    for kind, body in PROBES.items():
        out = run(directory, "probe_" + kind, FREELIST_PROBE.format(body=body))
        assert out["status"] == 0, out
        counts[kind] = int(out["stdout"])
    out = run(directory, "probe_keys", KEYS_PROBE)
    assert out["status"] == 0, out
    counts["keys"] = int(out["stdout"])
    return counts


# ------------------------------------------------------------------ tracemalloc.py lines

# The lines of Lib/tracemalloc.py that allocate the objects heapline's tracemalloc builds
# natively: name -> (anchor, code). The line is the first one containing `code` after the first
# line containing `anchor`.
LINE_SNIPPETS = {
    "STAT_STR": ("class Statistic:", 'text = ("%s: size=%s, count=%i"'),
    "STAT_STR_AVG": ("class Statistic:", 'text += ", average=%s"'),
    "STAT_REPR": ("class Statistic:", "return ('<Statistic traceback"),
    "DIFF_STR": ("class StatisticDiff", 'text = ("%s: size=%s (%s), count=%i (%+i)"'),
    "DIFF_STR_AVG": ("class StatisticDiff", 'text += ", average=%s"'),
    "DIFF_REPR": ("class StatisticDiff", "return ('<StatisticDiff"),
    "CMP_LIST": ("def _compare_grouped_stats", "statistics = []"),
    "CMP_MATCHED": ("def _compare_grouped_stats", "stat = StatisticDiff(traceback,"),
    "CMP_SIZE_DIFF": ("def _compare_grouped_stats", "stat.size, stat.size - previous.size"),
    "CMP_COUNT_DIFF": ("def _compare_grouped_stats", "stat.count, stat.count - previous.count"),
    "CMP_NEW": ("stat.count, stat.count - previous.count", "stat = StatisticDiff(traceback,"),
    "CMP_APPEND": ("def _compare_grouped_stats", "statistics.append(stat)"),
    "CMP_OLD": ("def _compare_grouped_stats", "stat = StatisticDiff(traceback, 0, -stat.size"),
    "CMP_APPEND_OLD": ("stat = StatisticDiff(traceback, 0, -stat.size", "statistics.append(stat)"),
    "FRAME_STR": ("class Frame:", 'return "%s:%s"'),
    "FRAME_REPR": ("class Frame:", 'return "<Frame filename='),
    "TB_FRAMES": ("class Traceback(Sequence)", "self._frames = tuple(reversed(frames))"),
    "TB_GETITEM": ("class Traceback(Sequence)", "return Frame(self._frames[index])"),
    "TB_STR": ("class Traceback(Sequence)", "return str(self[0])"),
    "TB_REPR": ("class Traceback(Sequence)", 's = f"<Traceback {tuple(self)}"'),
    "TB_REPR_NONE": ("class Traceback(Sequence)", 's += ">"'),
    "TB_REPR_TOTAL": ("class Traceback(Sequence)", 's += f" total_nframe='),
    "FMT_LINES": ("def format(self, limit=None", "lines = []"),
    "FMT_FILE": ("def format(self, limit=None", "lines.append('  File"),
    "FMT_SRC": ("def format(self, limit=None", "lines.append('    %s' % line)"),
    "GOT_FRAMES": ("def get_object_traceback", "frames = _get_object_traceback(obj)"),
    "GOT_TB": ("def get_object_traceback", "return Traceback(frames)"),
    "TRACE_TB": ("class Trace:", "return Traceback(*self._trace[2:])"),
    "TRACE_STR": ("class Trace:", 'return "%s: %s"'),
    "TRACE_REPR": ("class Trace:", 'return ("<Trace domain='),
    "TRACES_GETITEM": ("class _Traces", "return Trace(self._traces[index])"),
    "TRACES_REPR": ("class _Traces", 'return "<Traces len='),
    "NORM_PYC": ("def _normalize_filename", "filename = filename[:-1]"),
    "FILTER_PATTERN": ("class Filter(BaseFilter)", "self._filename_pattern = _normalize_filename"),
    "SNAP_TRACES": ("class Snapshot:", "self.traces = _Traces(traces)"),
    "FT_NEW": ("def filter_traces", "new_traces = [trace for trace in self.traces._traces"),
    "FT_COPY": ("def filter_traces", "new_traces = self.traces._traces.copy()"),
    "FT_SNAP": ("def filter_traces", "return Snapshot(new_traces, self.traceback_limit)"),
    "GB_STATS": ("def _group_by", "stats = {}"),
    "GB_TBS": ("def _group_by", "tracebacks = {}"),
    "GB_LINENO": ("def _group_by", "frames = trace_traceback[:1]"),
    "GB_FILENAME": ("def _group_by", "frames = ((trace_traceback[0][0], 0),)"),
    "GB_TB": ("def _group_by", "traceback = Traceback(frames)"),
    "GB_SIZE": ("def _group_by", "stat.size += size"),
    "GB_COUNT": ("def _group_by", "stat.count += 1"),
    "GB_STAT": ("def _group_by", "stats[traceback] = Statistic(traceback, size, 1)"),
    "GBC_LINENO": ("# cumulative statistics", "frames = (frame,)"),
    "GBC_FILENAME": ("# cumulative statistics", "frames = ((frame[0], 0),)"),
    "GBC_TB": ("# cumulative statistics", "traceback = Traceback(frames)"),
    "GBC_SIZE": ("# cumulative statistics", "stat.size += size"),
    "GBC_COUNT": ("# cumulative statistics", "stat.count += 1"),
    "GBC_STAT": ("# cumulative statistics", "stats[traceback] = Statistic(traceback, size, 1)"),
    "ST_GROUP": ("def statistics(self", "grouped = self._group_by(key_type, cumulative)"),
    "ST_LIST": ("def statistics(self", "statistics = list(grouped.values())"),
    "CT_NEW": ("def compare_to", "new_group = self._group_by(key_type, cumulative)"),
    "CT_OLD": ("def compare_to", "old_group = old_snapshot._group_by(key_type, cumulative)"),
    "CT_CMP": ("def compare_to", "statistics = _compare_grouped_stats(old_group, new_group)"),
    "TS_TRACES": ("def take_snapshot", "traces = _get_traces()"),
    "TS_SNAP": ("def take_snapshot", "return Snapshot(traces, traceback_limit)"),
}


def find_lines():
    import tracemalloc
    with open(tracemalloc.__file__, encoding="utf-8") as f:
        source = f.read().split("\n")
    found = {}
    for name, (anchor, code) in LINE_SNIPPETS.items():
        start = next(i for i, line in enumerate(source) if anchor in line)
        found[name] = next(i for i in range(start + 1, len(source)) if code in source[i]) + 1
    return found, {n: source[n - 1] for n in sorted(set(found.values()))}


def write_startup(counts, lines, source):
    import tracemalloc
    v = sys.version_info
    out = [
        "// Generated by packages/python/scripts/capture_tracemalloc_interp.py from CPython "
        f"{v.major}.{v.minor}.{v.micro}; do not edit.",
        "",
        "/** `tracemalloc.__file__` of the CPython the expectations were captured with (its frames' file name). */",
        f"export const TRACEMALLOC_FILE = {json.dumps(tracemalloc.__file__)};",
        "",
        "/**",
        " * Blocks parked on each freelist when a script that starts with `import tracemalloc` calls",
        " * `tracemalloc.start()`: allocated before tracing, so objects reusing them are untraced.",
        " */",
        "export const FREELIST_COUNTS_AT_START: Readonly<Record<string, number>> = {",
    ]
    out += [f"  {k}: {c}," for k, c in counts.items()]
    out += [
        "};",
        "",
        "/** Lines of Lib/tracemalloc.py that allocate the objects of its classes (see the script). */",
        "export const TM_LINES = {",
    ]
    out += [f"  {k}: {n}," for k, n in lines.items()]
    out += [
        "} as const;",
        "",
        "/** The source of those lines, for `Traceback.format()` of frames in tracemalloc.py. */",
        "export const TM_SOURCE: Readonly<Record<number, string>> = {",
    ]
    out += [f"  {n}: {json.dumps(text)}," for n, text in source.items()]
    out.append("};")
    with open(STARTUP_TS, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ cases

CASES = {
    "api_errors": """\
import tracemalloc

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

attempt('start str', lambda: tracemalloc.start('x'))
attempt('start float', lambda: tracemalloc.start(1.5))
attempt('start two', lambda: tracemalloc.start(1, 2))
attempt('start kw', lambda: tracemalloc.start(nframe=2))
attempt('start huge', lambda: tracemalloc.start(2 ** 40))
attempt('start 0', lambda: tracemalloc.start(0))
attempt('start bool', lambda: tracemalloc.start(True))
attempt('is_tracing arg', lambda: tracemalloc.is_tracing(1))
attempt('stop arg', lambda: tracemalloc.stop(1))
attempt('get_traced_memory kw', lambda: tracemalloc.get_traced_memory(x=1))
attempt('_get_object_traceback none', lambda: tracemalloc._get_object_traceback())
attempt('get_object_traceback none', lambda: tracemalloc.get_object_traceback())
attempt('get_object_traceback two', lambda: tracemalloc.get_object_traceback(1, 2))
attempt('take_snapshot arg', lambda: tracemalloc.take_snapshot(1))
attempt('take_snapshot off', lambda: type(tracemalloc.take_snapshot()).__name__)
attempt('_format_size one', lambda: tracemalloc._format_size(1))
attempt('_format_size str', lambda: tracemalloc._format_size('a', False))
attempt('Frame()', lambda: tracemalloc.Frame())
attempt('Traceback()', lambda: tracemalloc.Traceback())
attempt('Statistic(1, 2)', lambda: tracemalloc.Statistic(1, 2))
attempt('StatisticDiff kw', lambda: tracemalloc.StatisticDiff(1, 2, 3, 4, count_diff=5, x=1))
attempt('Filter(True)', lambda: tracemalloc.Filter(True))
attempt('Filter int pattern', lambda: tracemalloc.Filter(True, 5))
attempt('Filter dup', lambda: tracemalloc.Filter(True, 'a', inclusive=False))
attempt('DomainFilter(True)', lambda: tracemalloc.DomainFilter(True))
attempt('Trace()', lambda: tracemalloc.Trace())
tracemalloc.start(3)
snap = tracemalloc.take_snapshot()
attempt('statistics()', lambda: snap.statistics())
attempt('statistics kw', lambda: snap.statistics('lineno', cumulative=True, limit=3))
attempt('statistics many', lambda: snap.statistics('lineno', True, 3))
attempt('statistics int', lambda: snap.statistics(5))
attempt('statistics None', lambda: snap.statistics(None))
attempt('statistics traceback cum', lambda: snap.statistics('traceback', 1))
attempt('compare_to int', lambda: snap.compare_to(5, 'lineno'))
attempt('compare_to missing', lambda: snap.compare_to(snap))
attempt('compare_to bad key', lambda: snap.compare_to(snap, 'x'))
attempt('filter_traces int', lambda: snap.filter_traces(5))
attempt('filter_traces str', lambda: snap.filter_traces('ab'))
attempt('filter_traces objs', lambda: snap.filter_traces([object()]))
attempt('filter_traces none', lambda: snap.filter_traces())
attempt('start again', lambda: tracemalloc.start(7))
print('limit', tracemalloc.get_traceback_limit(), snap.traceback_limit)
tracemalloc.stop()
attempt('start max', lambda: tracemalloc.start(65535))
print('limit', tracemalloc.get_traceback_limit())
tracemalloc.stop()
attempt('start over', lambda: tracemalloc.start(65536))
print('tracing', tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
""",
    "format_size": """\
from tracemalloc import _format_size as fs
for v in [0, 1, -1, 5, 99, 100, 1023, 1024, 10239, 10240, 10752, 102399, 102400, 1048575, 1048576, 2**30, 2**40, 2**50, 0.4, 0.5, 1.5, -2.5, 99.95 * 1024, -0.0, 0.0, True]:
    print(repr(v), fs(v, False), fs(v, True), fs(-v, True))
""",
    "frames_tracebacks": """\
import tracemalloc
from tracemalloc import Frame, Traceback
f1 = Frame(('a.py', 3))
f2 = Frame(('a.py', 10))
f3 = Frame(('b.py', 1))
print(str(f1), repr(f1), f1.filename, f1.lineno)
print(f1 == Frame(('a.py', 3)), f1 != f2, f1 < f2, f2 < f3, f3 > f1, f1 <= f1, f1 >= f2)
print(hash(f1) == hash(Frame(('a.py', 3))), f1 == ('a.py', 3), f1 != 5)
print(sorted([f3, f2, f1]))
print(len({f1, Frame(('a.py', 3)), f2}))
try:
    f1 < 5
except TypeError as e:
    print('TypeError:', e)
tb = Traceback((('c.py', 30), ('b.py', 20), ('a.py', 10)))
print(len(tb), str(tb), repr(tb))
print(tb[0], tb[-1], tb[1:], tb[::-1], tb.total_nframe)
print(list(tb), [str(f) for f in reversed(tb)])
print(Frame(('b.py', 20)) in tb, Frame(('z.py', 1)) in tb)
try:
    tb[5]
except IndexError as e:
    print('IndexError:', e)
tb2 = Traceback((('c.py', 30), ('b.py', 20), ('a.py', 10)), 7)
print(repr(tb2), tb2.total_nframe, tb == tb2, hash(tb) == hash(tb2))
tb3 = Traceback((('d.py', 1),))
print(tb < tb3, tb3 > tb, tb <= tb2, sorted([tb3, tb]) == [tb, tb3])
print(repr(Traceback(())), len(Traceback(())))
try:
    str(Traceback(()))
except IndexError as e:
    print('IndexError:', e)
for limit in (None, 1, 2, 5, 0, -1, -2, -5):
    print(limit, tb.format(limit), tb.format(limit, most_recent_first=True))
print(tb.format(most_recent_first=1))
print(tb.count(Frame(('a.py', 10))), tb.index(Frame(('b.py', 20))))
print(type(tb).__name__, type(tb[0]).__name__, isinstance(tb, tuple))
print(tracemalloc.Traceback, tracemalloc.Frame, tracemalloc.Snapshot, tracemalloc.Statistic)
""",
    "statistic_objects": """\
import tracemalloc
from tracemalloc import Statistic, StatisticDiff, Traceback
tb = Traceback((('x.py', 5),))
s = Statistic(tb, 123456, 7)
print(str(s))
print(repr(s))
print(s.traceback is tb, s.size, s.count)
s.size += 1000
print(s)
print(Statistic(tb, 0, 0))
print(Statistic(tb, 2.5, 2))
print(repr(Statistic(tb, 2.5, 2)))
print(s == Statistic(tb, 124456, 7), s != Statistic(tb, 1, 7), s == 5)
print(hash(s) == hash(Statistic(Traceback((('x.py', 5),)), 124456, 7)))
d = StatisticDiff(tb, 5000, -1200, 3, -2)
print(str(d))
print(repr(d))
print(StatisticDiff(tb, 0, -52000, 0, -4))
print(StatisticDiff(tb, 99, 0, 1, 0))
print(repr(StatisticDiff(tb, 99, 0, 1, 0)))
print(d == StatisticDiff(tb, 5000, -1200, 3, -2), d.size_diff, d.count_diff)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    str(Statistic(tb, 'a', 1))
except TypeError as e:
    print('TypeError:', e)
print(sorted([Statistic(tb, 1, 1), Statistic(tb, 3, 1), Statistic(tb, 2, 5)], key=Statistic._sort_key))
print(sorted([d, StatisticDiff(tb, 1, 5000, 1, 1)], key=StatisticDiff._sort_key, reverse=True)[0] is d)
""",
    "filters": """\
import tracemalloc
from tracemalloc import Filter, DomainFilter
f = Filter(True, 'dir/*.pyc', lineno=4, all_frames=True, domain=2)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain, f._filename_pattern)
f2 = Filter(False, 'x.py')
print(f2.inclusive, f2.filename_pattern, f2.lineno, f2.all_frames, f2.domain)
d = DomainFilter(False, 3)
print(d.inclusive, d.domain, d._domain)
try:
    d.domain = 4
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.filename_pattern = 'y'
except AttributeError as e:
    print('AttributeError:', e)
t1 = (0, 10, (('dir/a.py', 4), ('main.py', 1)), 2)
t2 = (2, 10, (('main.py', 9), ('dir/b.py', 4)), 2)
t3 = (3, 10, (('other.py', 4),), 1)
for flt in (f, f2, d, Filter(True, 'dir/*'), Filter(True, 'main.py', all_frames=True), Filter(False, 'main.py', 9, domain=2), Filter(True, '*', domain=3)):
    print([flt._match(t) for t in (t1, t2, t3)])
print(f._match_frame('dir/a.py', 4), f2._match_frame('x.py', 1), f._match_frame_impl('dir/a.pyc', 4))
f.lineno = None
print(f._match(t1), f._match(t2))
snap = tracemalloc.Snapshot([t1, t2, t3], 2)
def show(label, filters):
    s = snap.filter_traces(filters)
    print(label, [t.domain for t in s.traces], s.traceback_limit)
show('none', [])
show('incl dir', [Filter(True, 'dir/*')])
show('incl dir all', [Filter(True, 'dir/*', all_frames=True)])
show('excl main', [Filter(False, 'main.py')])
show('domain', [DomainFilter(True, 3), DomainFilter(True, 0)])
show('mixed', [Filter(True, '*'), DomainFilter(False, 2)])
show('tuple', (Filter(True, 'other.py'),))
class Mine(tracemalloc.BaseFilter):
    def _match(self, trace):
        return trace[1] == 10 and trace[0] > 0
show('custom', [Mine(True)])
try:
    tracemalloc.BaseFilter(True)._match(t1)
except NotImplementedError as e:
    print('NotImplementedError', e)
""",
    "synthetic_snapshot": """\
import tracemalloc
from tracemalloc import Snapshot, Filter
raw = [
    (0, 1000, (('b.py', 5), ('a.py', 1)), 2),
    (0, 300, (('b.py', 5), ('a.py', 2)), 3),
    (0, 70000, (('c.py', 9),), 1),
    (1, 24, (('b.py', 6), ('a.py', 1)), 2),
    (0, 1000, (('b.py', 5), ('a.py', 1)), 2),
]
old = [
    (0, 500, (('b.py', 5), ('a.py', 1)), 2),
    (0, 8, (('d.py', 1),), 1),
]
s = Snapshot(raw, 2)
o = Snapshot(old, 2)
print(s.traceback_limit, len(s.traces), repr(s.traces))
for t in s.traces:
    print(str(t), '|', repr(t), t.domain, t.size, len(t.traceback))
print(s.traces[1] == tracemalloc.Trace(raw[1]), s.traces[0] == s.traces[4], hash(s.traces[0]) == hash(s.traces[4]))
print(s.traces._traces[2], type(s.traces._traces).__name__)
print(s.traces[-1].traceback.total_nframe, s.traces[1:3])
for key in ('lineno', 'filename', 'traceback'):
    for cum in (False, True):
        if key == 'traceback' and cum:
            continue
        print('--', key, cum)
        for st in s.statistics(key, cum):
            print(st, '|', repr(st))
        for d in s.compare_to(o, key, cumulative=cum):
            print(d, '|', repr(d))
f = s.filter_traces([Filter(True, 'b.py', lineno=5)])
print(len(f.traces), [t.size for t in f.traces], f.traces == s.filter_traces([Filter(True, 'b.py', 5)]).traces)
print(s.traces == Snapshot(raw, 1).traces, s.traces != o.traces)
""",
    "snapshot_attrs": """\
import tracemalloc
s = tracemalloc.Snapshot([], 3)
print(s.traceback_limit)
s.traceback_limit = 'x'
print(s.traceback_limit)
s.other = 5
print(s.other, s.statistics('lineno'), s.compare_to(s, 'filename'))
print(tracemalloc.get_tracemalloc_memory())
""",
    "live_tracing": """\
import tracemalloc
before = (tracemalloc.get_object_traceback([]), tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
tracemalloc.start(4)
def make(n):
    return bytes(n)
def outer():
    return [make(100), make(2000)]
keep = outer()
b = bytes(5000)
cur, peak = tracemalloc.get_traced_memory()
tb = tracemalloc.get_object_traceback(b)
tb2 = tracemalloc.get_object_traceback(keep[1])
raw = tracemalloc._get_object_traceback(keep[0])
del b
cur2, peak2 = tracemalloc.get_traced_memory()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
print(before)
print(tb, repr(tb), tb.total_nframe, len(tb))
print([str(f).split('/')[-1] for f in tb2])
print(tb2.format())
print(raw)
print(cur - cur2, peak2 >= peak)
for st in snap.statistics('traceback'):
    print(st)
    print('\\n'.join(st.traceback.format(most_recent_first=True)))
for st in snap.statistics('lineno', cumulative=True):
    print(st)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(keep[1]))
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
""",
    "freelists": """\
import tracemalloc, gc
tracemalloc.start()
a = []
d = {}
t = (a,)
f = 1.5 * len(a)
first = [tracemalloc.get_object_traceback(o) is None for o in (a, d, t, f)]
many = [[] for _ in range(40)]
untraced = sum(tracemalloc.get_object_traceback(x) is None for x in many)
print(first, untraced)
del many
again = [[] for _ in range(3)]
print([str(tracemalloc.get_object_traceback(x)).split(':')[-1] for x in again])
gc.collect()
b = []
e = {}
print(str(tracemalloc.get_object_traceback(b)).split(':')[-1], str(tracemalloc.get_object_traceback(e)).split(':')[-1])
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for st in snap.statistics('lineno'):
    if st.traceback[0].lineno in (3, 4, 5, 6, 8, 12, 15, 16):
        print(str(st).split(':', 1)[1])
""",
    "classes": """\
import tracemalloc
tracemalloc.start()
class Plain:
    pass
class Slots:
    __slots__ = ('x', 'y')
class Sub(Plain):
    def f(self):
        return 1
    def __eq__(self, o):
        return True
class WithWeak:
    __slots__ = ('a', '__weakref__')
objs = [Plain() for _ in range(3)]
more = [Sub(), Slots(), WithWeak()]
objs[0].a = 1
objs[0].b = 2
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for line in range(3, 18):
    sizes = sorted(t.size for t in snap.traces if t.traceback[0].lineno == line)
    if sizes:
        print(line, sizes)
print([tracemalloc.get_object_traceback(o) is None for o in more])
""",
    "own_objects": """\
import tracemalloc
tracemalloc.start()
x = bytes(1000)
s1 = tracemalloc.take_snapshot()
st = s1.statistics('lineno')
s2 = tracemalloc.take_snapshot()
for t in s2.statistics('traceback'):
    print(t, len(t.traceback))
print(len(s1.traces), len(s2.traces))
""",
}


def main():
    with tempfile.TemporaryDirectory(prefix="heapline_tm_") as directory:
        directory = os.path.realpath(directory)
        counts = capture_freelists(directory)
        print("freelists at start():", counts)
        lines, source = find_lines()
        write_startup(counts, lines, source)
        results = {}
        for name, source in CASES.items():
            results[name] = {"source": source, **run(directory, name, source)}
    os.makedirs(os.path.dirname(CASES_JSON), exist_ok=True)
    with open(CASES_JSON, "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "dir_token": DIR_TOKEN, "cases": results}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(results)} cases -> {os.path.relpath(CASES_JSON, PKG)}")


if __name__ == "__main__":
    main()
