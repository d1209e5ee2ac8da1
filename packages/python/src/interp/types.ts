/**
 * Builtin types and singletons, created at interpreter start and held by the `builtins` root
 * (they live as long as the interpreter, as CPython's static types and caches do).
 */
import * as L from './layout.js';
import { Interp } from './interp.js';
import { PyBool, PyEllipsis, PyInt, PyNone, PyNotImplemented, PyTuple, PyType } from './objects.js';

/** The builtin exception hierarchy: name -> base. */
export const EXCEPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['BaseException', 'object'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
];

const PLAIN_TYPES = [
  'int',
  'bool',
  'float',
  'complex',
  'str',
  'bytes',
  'bytearray',
  'NoneType',
  'NotImplementedType',
  'ellipsis',
  'list',
  'tuple',
  'dict',
  'set',
  'frozenset',
  'function',
  'builtin_function_or_method',
  'method',
  'module',
  'cell',
  'generator',
  'range',
  'slice',
  'property',
  'staticmethod',
  'classmethod',
  'super',
  'weakref',
  'code',
  'frame',
  'traceback',
  'range_iterator',
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'bytes_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_keys',
  'dict_values',
  'dict_items',
  'callable_iterator',
  'iterator',
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
  'method-wrapper',
  'wrapper_descriptor',
  'getset_descriptor',
  'member_descriptor',
  'finalize',
  'WeakValueDictionary',
  'WeakKeyDictionary',
];

/** Types that are not subclassable-from-Python builtins get `object` as base. */
const BASES: Readonly<Record<string, string>> = { bool: 'int' };

export function bootstrap(rt: Interp): void {
  const T = rt.T;
  const object = new PyType(null, 'object', [], true);
  const type = new PyType(null, 'type', [object], true);
  object.type = type;
  type.type = type;
  object.mro = [object];
  type.mro = [type, object];
  T.object = object;
  T.type = type;
  for (const name of PLAIN_TYPES) {
    const base = T[BASES[name] ?? 'object']!;
    const t = new PyType(type, name, [base], true);
    t.mro = [t, ...base.mro];
    T[name] = t;
  }
  for (const [name, baseName] of EXCEPTIONS) {
    const base = T[baseName]!;
    const t = new PyType(type, name, [base], true);
    t.mro = [t, ...base.mro];
    T[name] = t;
  }
  T.str_iterator = T.str_ascii_iterator!;
  // Instances of builtin types have no __dict__, except exceptions (BaseException has one).
  for (const t of Object.values(T)) t.managedDict = t.isSubtype(T.BaseException!);
  // Exceptions have a __dict__ of their own (not managed inline values).
  // Heap side of the types: GC objects held by the builtins root.
  const seen = new Set<PyType>();
  for (const [key, t] of Object.entries(T)) {
    if (seen.has(t)) continue;
    seen.add(t);
    rt.allocStatic(t, { type: 'type', size: L.TYPE_SIZE, gc: true }, rt.rootBuiltins, `type ${key}`);
  }
  rt.None = rt.allocStatic(new PyNone(T.NoneType!), { size: L.NONE_SIZE }, rt.rootBuiltins, 'None');
  rt.NotImplemented = rt.allocStatic(new PyNotImplemented(T.NotImplementedType!), { size: 16 }, rt.rootBuiltins, 'NotImplemented');
  rt.Ellipsis = rt.allocStatic(new PyEllipsis(T.ellipsis!), { size: 16 }, rt.rootBuiltins, 'Ellipsis');
  rt.False = rt.allocStatic(new PyBool(T.bool!, 0n), { size: 28 }, rt.rootBuiltins, 'False');
  rt.True = rt.allocStatic(new PyBool(T.bool!, 1n), { size: 28 }, rt.rootBuiltins, 'True');
  for (let v = -5; v <= 256; v++) {
    rt.smallInts.push(rt.allocStatic(new PyInt(T.int!, BigInt(v)), { size: L.intSize(BigInt(v)) }, rt.rootBuiltins, 'small int'));
  }
  rt.emptyTuple = rt.allocStatic(new PyTuple(T.tuple!, []), { size: 40, gc: true, tracked: false, sequence: true, untrack: 'tuple', clearable: false }, rt.rootBuiltins, '()');
}
