/**
 * printf-style formatting, `str % args`: runtime/text's percentFormat (a port of CPython 3.11's
 * PyUnicode_Format) over the interpreter's objects.
 *
 * The right operand: a tuple (or tuple subclass) supplies positional arguments; any other object
 * is a single argument, and when it is a mapping in CPython's sense (PyMapping_Check: it has
 * __getitem__, and is neither a tuple nor a str; lists and bytes count) %(key)s looks keys up
 * in it, and unused arguments are not an error.
 */
import { isPyError, percentFormat, type PercentArgs, type PercentHooks } from '../runtime/text/index.js';
import { Interp } from './interp.js';
import { PyBytes, PyDict, PyFloat, PyInt, PyList, PyObject, PyRange, PyStr, PyTuple } from './objects.js';
import { isUserType } from './ops.js';

/** PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args). */
function isMapping(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PyStr) return false;
  if (o instanceof PyDict || o instanceof PyList || o instanceof PyBytes || o instanceof PyRange) return true;
  return isUserType(o.type) && o.type.lookup('__getitem__') !== undefined;
}

Interp.prototype.percentFormat = function (this: Interp, fmt: PyStr, args: PyObject): PyObject {
  const rt: Interp = this;
  /** Values looked up by %(key)s, held on the stack until the formatting is done. */
  const held: PyObject[] = [];
  const hooks: PercentHooks<PyObject> = {
    str: (v) => rt.toStr(v),
    repr: (v) => rt.repr(v),
    toInt: (v) => {
      if (v instanceof PyInt) return v.v;
      if (isUserType(v.type) && v.type.lookup('__index__')) {
        return rt.index(v, `__index__ returned non-int (type ${v.type.name})`);
      }
      return undefined;
    },
    toFloat: (v) => {
      if (v instanceof PyFloat) return v.v;
      if (isUserType(v.type) && v.type.lookup('__float__')) {
        const r = rt.callMethod(v, '__float__', []);
        rt.pop(r);
        if (!(r instanceof PyFloat)) rt.raise('TypeError', `${v.type.name}.__float__ returned non-float (type ${r.type.name})`);
        return r.v;
      }
      return undefined;
    },
    toStr: (v) => (v instanceof PyStr ? v.v : undefined),
    typeName: (v) => v.type.name,
  };
  let pargs: PercentArgs<PyObject>;
  if (args instanceof PyTuple) pargs = args.items;
  else if (isMapping(args)) {
    pargs = {
      single: args,
      getItem: (key: string): PyObject => {
        const k = rt.str(key);
        let v: PyObject;
        try {
          v = rt.getitem(args, k);
        } finally {
          rt.pop(k);
        }
        held.push(v);
        return v;
      },
    };
  } else pargs = { single: args };
  let text: string;
  try {
    text = percentFormat(fmt.v, pargs, hooks);
  } catch (e) {
    if (isPyError(e)) rt.raise(e.pyType, e.message);
    throw e;
  } finally {
    for (let i = held.length - 1; i >= 0; i--) rt.pop(held[i]!);
  }
  return rt.str(text);
};
