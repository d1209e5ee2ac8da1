/**
 * The format-spec mini-language (format(), f-strings, str.format) for int, bool, float and str:
 * an adapter over runtime/text's formatInt / formatFloat / formatStr (CPython's
 * formatter_unicode.c). Errors are thrown as { pyType, message } objects (PyTextError), which
 * Interp.formatValue turns into Python exceptions.
 */
import { formatDouble, formatFloat, formatInt, formatStr } from '../runtime/text/index.js';

/**
 * format(v, spec) for a value of kind int, bool, float or str. typeName names the type in error
 * messages ("Unknown format code 'd' for object of type 'MyStr'"): by default the kind.
 * format(True, '') is 'True'; any other spec formats a bool as the int it is (format(True, 'd')
 * is '1').
 */
export function formatSpec(kind: 'int' | 'bool' | 'float' | 'str', v: string | bigint | number, spec: string, typeName: string = kind): string {
  switch (kind) {
    case 'str':
      return formatStr(v as string, spec, typeName);
    case 'float':
      return formatFloat(v as number, spec, typeName);
    case 'bool':
      if (spec === '') return v ? 'True' : 'False';
      return formatInt(v as bigint, spec, typeName);
    default:
      return formatInt(v as bigint, spec, typeName);
  }
}
