/**
 * str/bytes/bytearray, int/float, instances, classes, functions and the other object kinds
 * against CPython 3.11's measurements (test-data/sizes/measured.json).
 */
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METHOD_BLOCK,
  COMPLEX_SIZE,
  DICT_ITERATOR_BLOCK,
  DICT_OBJECT_BLOCK,
  DICT_VIEW_BLOCK,
  EMPTY_BYTEARRAY,
  EXCEPTION_BLOCK,
  FILTER_BLOCK,
  FLOAT_SIZE,
  FRAME_BASIC_SIZE,
  FUNCTION_BLOCK,
  GC_HEADER_SIZE,
  METHOD_BLOCK,
  OBJECT_BLOCK,
  PROPERTY_BLOCK,
  RANGE_BLOCK,
  RANGE_ITERATOR_BLOCK,
  SEQUENCE_ITERATOR_BLOCK,
  SET_ITERATOR_BLOCK,
  TRACEBACK_BLOCK,
  WEAKREF_OBJECT_BLOCK,
  bytearrayAppend,
  bytearrayLayout,
  bytearrayNew,
  bytesBlockSize,
  bytesGetsizeof,
  bytesRepeatBlockSize,
  classBlocks,
  classGetsizeof,
  dictGetsizeof,
  dictLayout,
  enumerateBlocks,
  exceptionBlock,
  frameObjectBlock,
  functionDefinitionBlocks,
  generatorBlock,
  instanceGetsizeof,
  instanceMaterializeDict,
  instanceNew,
  instanceSetAttr,
  intFromCLongBlock,
  intFromDecimalStringBlock,
  intFromFloatBlock,
  intGetsizeof,
  intResultBlock,
  listLayout,
  listAfterAppends,
  mapBlocks,
  newSharedKeys,
  plainClassShape,
  plainClassSpec,
  rangeLengthBlock,
  slotsClassShape,
  strGetsizeof,
  strLayout,
  strRepeatAllocates,
  tupleBlockSize,
  zipBlocks,
  type ByteArrayStorage,
  type ClassSpec,
  type InstanceDict,
} from './index.js';
import { blockSizes, group, measured, num, sorted, type MeasuredCase } from './testData.js';

function label(c: MeasuredCase): string {
  return `${c.group} ${JSON.stringify(c.params)}`;
}

function expectCase(c: MeasuredCase, getsizeof: readonly number[], blocks: readonly (number | null)[], line?: number): void {
  expect(c.sizes, `${label(c)} getsizeof`).toEqual(getsizeof);
  expect(blockSizes(c, line), `${label(c)} blocks`).toEqual(sorted(blocks));
}

function each(name: string, check: (c: MeasuredCase) => void): void {
  const cases = group(name);
  it(`${name} (${cases.length} cases)`, () => {
    for (const c of cases) check(c);
  });
}

const CHARS: Record<string, string> = { ascii: 'a', latin1: '\u00e9', ucs2: '\u0100', ucs4: '\u{1F600}' };

describe('str, bytes, bytearray', () => {
  for (const [kind, ch] of Object.entries(CHARS)) {
    each(`str_${kind}`, (c) => {
      const n = num(c, 'n');
      const s = ch.repeat(n);
      const layout = strLayout(s);
      expectCase(c, [layout.getsizeof], strRepeatAllocates(1, ch.codePointAt(0) ?? 0, n) ? layout.blocks.map((b) => b.size) : []);
    });
  }
  each('str_mixed_ascii_latin1', (c) => {
    const n = num(c, 'n');
    const size = strGetsizeof(n + 1, 0xe9);
    expectCase(c, [size], [n === 0 ? null : size]);
  });
  each('str_from_int', (c) => {
    const s = (10n ** BigInt(num(c, 'n'))).toString();
    expectCase(c, [strGetsizeof(s.length, 0x39)], [strGetsizeof(s.length, 0x39)]);
  });
  each('bytes', (c) => expectCase(c, [bytesGetsizeof(num(c, 'n'))], [bytesBlockSize(num(c, 'n'), false)]));
  each('bytes_repeat', (c) => expectCase(c, [bytesGetsizeof(num(c, 'n'))], [bytesRepeatBlockSize(1, num(c, 'n'))]));
  each('bytearray', (c) => {
    const layout = bytearrayLayout(bytearrayNew(num(c, 'n')));
    expectCase(c, [layout.getsizeof], layout.blocks.map((b) => b.size));
  });
  each('bytearray_append', (c) => {
    let s: ByteArrayStorage = EMPTY_BYTEARRAY;
    for (let i = 0; i < num(c, 'n'); i++) s = bytearrayAppend(s).storage;
    const layout = bytearrayLayout(s);
    expectCase(c, [layout.getsizeof], layout.blocks.map((b) => b.size));
  });
});

const P = (k: number): bigint => 2n ** BigInt(k);
const M = (k: number): bigint => 2n ** BigInt(k) - 1n;

describe('int, float, complex', () => {
  each('int_pow2', (c) => {
    const v = P(num(c, 'k'));
    expectCase(c, [intGetsizeof(v)], [intResultBlock('neg', -v, 0n, v)]);
  });
  each('int_all_ones', (c) => {
    const v = M(num(c, 'k'));
    expectCase(c, [intGetsizeof(v)], [intResultBlock('neg', -v, 0n, v)]);
  });
  each('int_neg_pow2', (c) => {
    const v = P(num(c, 'k'));
    expectCase(c, [intGetsizeof(-v)], [intResultBlock('neg', v, 0n, -v)]);
  });
  each('int_add', (c) => {
    const [a, b] = [M(num(c, 'ka')), M(num(c, 'kb'))];
    expectCase(c, [intGetsizeof(a + b)], [intResultBlock('add', a, b, a + b)]);
  });
  each('int_sub', (c) => {
    const [a, b] = [P(num(c, 'ka')), M(num(c, 'kb'))];
    expectCase(c, [intGetsizeof(a - b)], [intResultBlock('sub', a, b, a - b)]);
  });
  each('int_mul', (c) => {
    const [a, b] = [M(num(c, 'ka')), M(num(c, 'kb'))];
    expectCase(c, [intGetsizeof(a * b)], [intResultBlock('mul', a, b, a * b)]);
  });
  each('int_lshift', (c) => {
    const [a, s] = [M(num(c, 'ka')), BigInt(num(c, 's'))];
    expectCase(c, [intGetsizeof(a << s)], [intResultBlock('lshift', a, s, a << s)]);
  });
  each('int_rshift', (c) => {
    const [a, s] = [M(num(c, 'ka')), BigInt(num(c, 's'))];
    expectCase(c, [intGetsizeof(a >> s)], [intResultBlock('rshift', a, s, a >> s)]);
  });
  each('int_from_clong', (c) => {
    const v = BigInt(c.params.v as string);
    expectCase(c, [intGetsizeof(v)], [intFromCLongBlock(v)]);
  });
  each('int_from_str', (c) => {
    const s = c.params.v as string;
    const v = BigInt(s);
    expectCase(c, [intGetsizeof(v)], [intFromDecimalStringBlock(v, s.replace('-', '').length)]);
  });
  each('int_from_float', (c) => {
    const v = BigInt(c.params.v as string);
    expectCase(c, [intGetsizeof(v)], [intFromFloatBlock(v, Number(v))]);
  });
  each('int_range_values', (c) => {
    const n = BigInt(num(c, 'n'));
    const items = [n, n + 1n, n + 2n].map(intFromCLongBlock);
    expectCase(c, [listLayout(listAfterAppends(3)).getsizeof], [...items, ...listLayout(listAfterAppends(3)).blocks.map((b) => b.size)]);
  });
  it('float, complex, bool, None', () => {
    expectCase(group('float')[0]!, [FLOAT_SIZE], [FLOAT_SIZE]);
    expectCase(group('complex')[0]!, [COMPLEX_SIZE], [COMPLEX_SIZE]);
    expectCase(group('bool_none')[0]!, [intGetsizeof(1n), intGetsizeof(0n)], []);
  });
});

/** The blocks a plain class statement on line 1 keeps, with its `__init__` (a def on line 2). */
function plainClassLineBlocks(spec: ClassSpec): number[] {
  return classBlocks(spec).map((b) => b.size);
}

describe('instances', () => {
  each('instance_attrs', (c) => {
    const k = num(c, 'k');
    const shape = plainClassShape();
    const made = instanceNew(shape);
    let dict: InstanceDict = made.dict;
    const blocks = made.blocks.map((b) => b.size);
    for (let i = 0; i < k; i++) {
      const step = instanceSetAttr(shape, dict, `a${i}`);
      dict = step.dict;
      for (const op of step.ops) {
        if (op.kind === 'malloc') blocks.push(op.size);
        if (op.kind === 'free') blocks.splice(blocks.indexOf(op.size), 1);
      }
    }
    const spec = plainClassSpec(1);
    expect(c.sizes, label(c)).toEqual([classGetsizeof(spec), instanceGetsizeof(shape)]);
    // Line 1: the class; line 2: its __init__; the rest: the instance and what __init__ made.
    expect(blockSizes(c, 1), label(c)).toEqual(sorted(plainClassLineBlocks(spec)));
    expect(blockSizes(c, 2), label(c)).toEqual([FUNCTION_BLOCK]);
    const rest = c.blocks.filter((b) => b[1] > 2).map((b) => b[2]).sort((x, y) => x - y);
    expect(rest, label(c)).toEqual(sorted(blocks));
    const materialised = instanceMaterializeDict(shape, dict).dict;
    if (materialised.kind !== 'dict') throw new Error('no dict');
    expect(c.extra?.dict_sizeof, label(c)).toBe(dictGetsizeof(materialised.storage));
  });
  each('instance_sequence', (c) => {
    const [k, m] = [num(c, 'k'), num(c, 'm')];
    const shape = plainClassShape();
    const blocks: number[] = [];
    for (let j = 0; j < m; j++) {
      const made = instanceNew(shape);
      let dict = made.dict;
      blocks.push(...made.blocks.map((b) => b.size));
      for (let i = 0; i < k; i++) {
        const step = instanceSetAttr(shape, dict, `a${i}`);
        dict = step.dict;
        blocks.push(...step.ops.filter((o) => o.kind === 'malloc').map((o) => (o.kind === 'malloc' ? o.size : 0)));
      }
    }
    blocks.push(...listLayout(listAfterAppends(m)).blocks.map((b) => b.size));
    const line = 3 + Math.max(k, 1);
    expect(blockSizes(c, line), label(c)).toEqual(sorted(blocks));
  });
  each('instance_dict_materialised', (c) => {
    const k = num(c, 'k');
    const shape = plainClassShape();
    const made = instanceNew(shape);
    let dict = made.dict;
    for (let i = 0; i < k; i++) dict = instanceSetAttr(shape, dict, `a${i}`).dict;
    const step = instanceMaterializeDict(shape, dict);
    if (step.dict.kind !== 'dict') throw new Error('no dict');
    expect(c.sizes, label(c)).toEqual([instanceGetsizeof(shape), dictGetsizeof(step.dict.storage)]);
    const line = 3 + Math.max(k, 1);
    expect(blockSizes(c, line), label(c)).toEqual(sorted(made.blocks.map((b) => b.size)));
    expect(blockSizes(c, line + 2), label(c)).toEqual([DICT_OBJECT_BLOCK]);
  });
  each('instance_dict_then_setattr', (c) => {
    const [k, extra] = [num(c, 'k'), num(c, 'extra')];
    const shape = plainClassShape();
    const made = instanceNew(shape);
    let dict = made.dict;
    for (let i = 0; i < k; i++) dict = instanceSetAttr(shape, dict, `a${i}`).dict;
    dict = instanceMaterializeDict(shape, dict).dict;
    for (let j = 0; j < extra; j++) dict = instanceSetAttr(shape, dict, `b${j}`).dict;
    if (dict.kind !== 'dict') throw new Error('no dict');
    expect(c.sizes, label(c)).toEqual([instanceGetsizeof(shape), dictGetsizeof(dict.storage)]);
    const kept = c.blocks.filter((b) => b[1] > 2).map((b) => b[2]).sort((x, y) => x - y);
    expect(kept, label(c)).toEqual(sorted([...made.blocks.filter((b) => b.role === 'object').map((b) => b.size), ...dictLayout(dict.storage).blocks.map((b) => b.size)]));
  });
  each('instance_setattr_later', (c) => {
    const [k, extra] = [num(c, 'k'), num(c, 'extra')];
    const shape = plainClassShape();
    const first = instanceNew(shape);
    let dict = first.dict;
    for (let i = 0; i < k; i++) dict = instanceSetAttr(shape, dict, `a${i}`).dict;
    for (let j = 0; j < extra; j++) dict = instanceSetAttr(shape, dict, `b${j}`).dict;
    const second = instanceNew(shape);
    const firstBlocks =
      dict.kind === 'dict' ? [first.blocks[0]!.size, ...dictLayout(dict.storage).blocks.map((b) => b.size)] : first.blocks.map((b) => b.size);
    const kept = c.blocks.filter((b) => b[1] > 2).map((b) => b[2]).sort((x, y) => x - y);
    expect(kept, label(c)).toEqual(sorted([...firstBlocks, ...second.blocks.map((b) => b.size)]));
  });
  each('slots_class_instance', (c) => {
    const k = num(c, 'k');
    const shape = slotsClassShape(k, false, false);
    const spec = plainClassSpec(1, { slots: k, addsDict: false, addsWeakref: false, managedDict: false });
    expect(c.sizes, label(c)).toEqual([classGetsizeof(spec), instanceGetsizeof(shape)]);
    expect(blockSizes(c, 1), label(c)).toEqual(sorted(classBlocks(spec).map((b) => b.size)));
    expect(blockSizes(c, 4), label(c)).toEqual(sorted(instanceNew(shape).blocks.map((b) => b.size)));
  });
  each('slots_dict_instance', (c) => {
    const k = num(c, 'k');
    const shape = slotsClassShape(k, true, true);
    const spec = plainClassSpec(1, { slots: k });
    expect(c.sizes, label(c)).toEqual([classGetsizeof(spec), instanceGetsizeof(shape)]);
    expect(blockSizes(c, 1), label(c)).toEqual(sorted(classBlocks(spec).map((b) => b.size)));
    expect(blockSizes(c, 4), label(c)).toEqual(sorted(instanceNew(shape).blocks.map((b) => b.size)));
  });
  it('object()', () => expectCase(group('object')[0]!, [OBJECT_BLOCK], [OBJECT_BLOCK]));
});

describe('classes', () => {
  each('class_methods', (c) => {
    const m = num(c, 'm');
    const spec = plainClassSpec(m);
    expect(c.sizes, label(c)).toEqual([classGetsizeof(spec)]);
    expect(blockSizes(c, 1), label(c)).toEqual(sorted(classBlocks(spec).map((b) => b.size)));
    for (let i = 0; i < m; i++) expect(blockSizes(c, 2 + i), label(c)).toEqual([FUNCTION_BLOCK]);
  });
  it('docstring, class attributes, __eq__, subclasses', () => {
    const doc = group('class_docstring')[0]!;
    expect(blockSizes(doc, 1)).toEqual(sorted(classBlocks(plainClassSpec(0, { docUtf8Length: 3 })).map((b) => b.size)));
    const attrs = group('class_attrs')[0]!;
    expect(blockSizes(attrs, 1)).toEqual(sorted(classBlocks(plainClassSpec(2)).map((b) => b.size)));
    const eq = group('class_eq')[0]!;
    expect(blockSizes(eq, 1)).toEqual(sorted(classBlocks(plainClassSpec(1, { eqWithoutHash: true })).map((b) => b.size)));
    const sub = group('class_two_subclasses')[0]!;
    const derived = (bases: number): ClassSpec =>
      plainClassSpec(0, { addsDict: false, addsWeakref: false, mroLength: 3, writtenBases: 1, basesWithoutSubclasses: bases });
    expect(blockSizes(sub, 1)).toEqual(sorted(classBlocks(plainClassSpec(0)).map((b) => b.size)));
    expect(blockSizes(sub, 2)).toEqual(sorted(classBlocks(derived(1)).map((b) => b.size)));
    expect(blockSizes(sub, 3)).toEqual(sorted(classBlocks(derived(0)).map((b) => b.size)));
  });
  each('builtin_subclass_instance', (c) => {
    const base = c.params.base as string;
    const t = measured().types[base];
    if (!t) throw new Error(base);
    const variable = t.itemsize !== 0;
    const hasDict = t.dictoffset !== 0;
    const managedDict = !variable && !hasDict;
    const spec = plainClassSpec(0, {
      addsDict: !hasDict,
      addsWeakref: t.weaklistoffset === 0 && !variable,
      managedDict,
      mroLength: base === 'object' ? 2 : base === 'Exception' ? 4 : 3,
      writtenBases: 1,
      basesWithoutSubclasses: measured().startup_subclassed.includes(base) ? 0 : 1,
    });
    expect(c.sizes[0], label(c)).toBe(classGetsizeof(spec));
    expect(blockSizes(c, 1), label(c)).toEqual(sorted(classBlocks(spec).map((b) => b.size)));
    if (base === 'Exception') expect(blockSizes(c, 3)).toEqual([exceptionBlock(t.basicsize + 8)]);
    if (base === 'object') expect(blockSizes(c, 3)).toEqual(sorted(instanceNew(plainClassShape()).blocks.map((b) => b.size)));
    if (base === 'list') expect(blockSizes(c, 3)).toEqual([t.basicsize + 8 + GC_HEADER_SIZE + 16]);
  });
});

describe('functions, closures, generators, methods', () => {
  it('def and lambda', () => {
    expectCase(group('function_lambda')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks());
    expectCase(group('function_def')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks());
    expectCase(group('function_docstring')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks());
    expectCase(group('function_defaults_const')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks({ defaults: { count: 2, allConstant: true } }));
    expectCase(group('function_defaults_var')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks({ defaults: { count: 2, allConstant: false } }));
    expectCase(group('function_annotations')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks({ annotations: { count: 3, allConstant: false } }));
    const kw = group('function_kwdefaults')[0]!;
    expectCase(kw, [FUNCTION_BLOCK], [...functionDefinitionBlocks(), DICT_OBJECT_BLOCK, 120]);
    // Decorated: the function is made on the `def` line (line 3), not the decorator's.
    expectCase(group('function_decorated')[0]!, [FUNCTION_BLOCK], functionDefinitionBlocks(), 3);
  });
  each('function_closure', (c) => {
    const k = num(c, 'k');
    expect(c.sizes).toEqual([FUNCTION_BLOCK, FUNCTION_BLOCK]);
    // line 1: def outer; line k+2: def inner (+ closure tuple); line k+5: the call of outer(),
    // which gets the cells (made in outer's prologue, before its frame is visible).
    expect(blockSizes(c, 1)).toEqual([FUNCTION_BLOCK]);
    expect(blockSizes(c, k + 2)).toEqual(sorted(functionDefinitionBlocks({ freeVars: k })));
    expect(blockSizes(c, k + 5)).toEqual(Array.from({ length: k }, () => GC_HEADER_SIZE + 24));
  });
  it('nested functions die with their call', () => {
    const c = group('function_nested_freed')[0]!;
    expect(blockSizes(c, 1)).toEqual([FUNCTION_BLOCK]);
    expect(blockSizes(c, 5)).toEqual(sorted(listLayout(listAfterAppends(3)).blocks.map((b) => b.size)));
  });
  each('generator', (c) => {
    const n = num(c, 'nlocals');
    // g() stores n locals and yields a constant: co_stacksize 1.
    expect(c.sizes).toEqual([FUNCTION_BLOCK, generatorBlock(n, 1)]);
    expect(blockSizes(c, n + 4)).toEqual([generatorBlock(n, 1)]);
  });
  each('generator_started', (c) => {
    const n = num(c, 'nlocals');
    expect(c.sizes).toEqual([FUNCTION_BLOCK, generatorBlock(n, 1)]);
    // Made on the `it = g()` line; running it does not reallocate.
    expect(blockSizes(c, n + 4)).toEqual([generatorBlock(n, 1)]);
  });
  it('generator expressions keep their function and iterator', () => {
    // (x for x in lst): locals .0 and x, stack depth 2.
    expectCase(group('generator_expression')[0]!, [generatorBlock(2, 2)], [generatorBlock(2, 2), FUNCTION_BLOCK, SEQUENCE_ITERATOR_BLOCK]);
    // (x * 2 for x in range(3)): the range iterator is 48 bytes and not GC-tracked.
    expectCase(group('generator_expression_range')[0]!, [generatorBlock(2, 3)], [generatorBlock(2, 3), FUNCTION_BLOCK, RANGE_ITERATOR_BLOCK]);
  });
  it('methods and descriptors', () => {
    const bm = group('bound_method')[0]!;
    expect(bm.sizes[1]).toBe(METHOD_BLOCK);
    expect(blockSizes(bm, 5)).toEqual([METHOD_BLOCK]);
    const bbm = group('builtin_bound_method')[0]!;
    expect(bbm.sizes[1]).toBe(BUILTIN_METHOD_BLOCK);
    expect(blockSizes(bbm, 3)).toEqual([BUILTIN_METHOD_BLOCK]);
    const prop = group('property')[0]!;
    expect(blockSizes(prop, 2)).toEqual([PROPERTY_BLOCK]);
  });
});

describe('ranges, iterators, weakrefs, exceptions', () => {
  each('range', (c) => {
    const n = BigInt(c.params.n as string);
    expectCase(c, [RANGE_BLOCK], [RANGE_BLOCK, rangeLengthBlock(n)]);
  });
  each('range_iterator', (c) => {
    const n = BigInt(c.params.n as string);
    // Bounds beyond a C long make a longrange_iterator, which keeps the range's length int.
    const long = n > 2n ** 63n - 1n;
    expectCase(c, [RANGE_ITERATOR_BLOCK], [RANGE_ITERATOR_BLOCK, long ? rangeLengthBlock(n) : null]);
  });
  it('iterators and views', () => {
    expectCase(group('list_iterator')[0]!, [SEQUENCE_ITERATOR_BLOCK], [SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('tuple_iterator')[0]!, [SEQUENCE_ITERATOR_BLOCK], [SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('str_iterator')[0]!, [SEQUENCE_ITERATOR_BLOCK], [SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('reversed_list')[0]!, [SEQUENCE_ITERATOR_BLOCK], [SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('set_iterator')[0]!, [SET_ITERATOR_BLOCK], [SET_ITERATOR_BLOCK]);
    const di = group('dict_iterators')[0]!;
    expect(di.sizes).toEqual([DICT_ITERATOR_BLOCK, DICT_ITERATOR_BLOCK, DICT_ITERATOR_BLOCK]);
    expect(blockSizes(di, 4)).toEqual(sorted([DICT_ITERATOR_BLOCK, tupleBlockSize(2)]));
    expect(group('dict_views')[0]!.sizes).toEqual([DICT_VIEW_BLOCK, DICT_VIEW_BLOCK, DICT_VIEW_BLOCK]);
    expectCase(group('enumerate')[0]!, [enumerateBlocks()[0]!], [...enumerateBlocks(), SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('zip2')[0]!, [zipBlocks(2)[0]!], [...zipBlocks(2), SEQUENCE_ITERATOR_BLOCK, SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('map1')[0]!, [mapBlocks(1)[0]!], [...mapBlocks(1), SEQUENCE_ITERATOR_BLOCK]);
    expectCase(group('filter1')[0]!, [FILTER_BLOCK], [FILTER_BLOCK, SEQUENCE_ITERATOR_BLOCK]);
  });
  it('weakrefs', () => {
    for (const name of ['weakref_ref', 'weakref_ref_callback', 'weakref_proxy']) {
      expectCase(group(name)[0]!, [WEAKREF_OBJECT_BLOCK], [WEAKREF_OBJECT_BLOCK]);
    }
  });
  it('exceptions', () => {
    expectCase(group('exception_noargs')[0]!, [EXCEPTION_BLOCK], [EXCEPTION_BLOCK]);
    expectCase(group('exception_new')[0]!, [EXCEPTION_BLOCK], [EXCEPTION_BLOCK, tupleBlockSize(1)]);
    // Raised and caught in the same function: + a traceback and the function's frame object
    // (__case has 3 locals + 4 stack slots).
    expectCase(group('exception_raised')[0]!, [EXCEPTION_BLOCK], [EXCEPTION_BLOCK, tupleBlockSize(1), TRACEBACK_BLOCK, frameObjectBlock(3, 4)]);
    expect(frameObjectBlock(0, 0)).toBe(GC_HEADER_SIZE + FRAME_BASIC_SIZE);
  });
});
