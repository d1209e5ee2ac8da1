"""Dumps CPython's own AST of each file given, in @heapline/python's node shapes (see
src/parser/ast.ts), to FILE.ast.json next to it. Run by capture-ast.mjs; the output is compared
with heapline's parse in src/parser/astAgainstCPython.test.ts. Columns are converted from UTF-8
bytes to characters, which is what heapline counts."""
import ast
import json
import sys

KINDS = {'Expr': 'ExprStmt', 'JoinedStr': 'FString', 'keyword': 'Keyword', 'arg': 'Arg',
         'alias': 'Alias', 'arguments': 'Arguments', 'comprehension': 'Comprehension',
         'withitem': 'WithItem'}
OPS = {'Add': '+', 'Sub': '-', 'Mult': '*', 'Div': '/', 'FloorDiv': '//', 'Mod': '%', 'Pow': '**',
       'MatMult': '@', 'LShift': '<<', 'RShift': '>>', 'BitAnd': '&', 'BitOr': '|', 'BitXor': '^',
       'Not': 'not', 'USub': '-', 'UAdd': '+', 'Invert': '~', 'And': 'and', 'Or': 'or', 'Eq': '==',
       'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is', 'IsNot': 'is not',
       'In': 'in', 'NotIn': 'not in'}
FIELDS = {'decorator_list': 'decorators', 'kw_defaults': 'kwDefaults', 'format_spec': 'formatSpec',
          'context_expr': 'contextExpr', 'optional_vars': 'optionalVars'}
WITHOUT_POSITION = {'Arguments', 'Comprehension', 'WithItem', 'Module'}


def convert(tree, lines):
    def column(lineno, col):
        return len(lines[lineno - 1].encode('utf-8')[:col].decode('utf-8'))

    def node(n, in_fstring=False):
        if isinstance(n, list):
            return [node(x) for x in n]
        if not isinstance(n, ast.AST):
            return n
        name = type(n).__name__
        d = {}
        if name == 'Constant':
            v = n.value
            if v is None:
                d['kind'] = 'None'
            elif v is ...:
                d['kind'] = 'Ellipsis'
            elif isinstance(v, bool):
                d['kind'], d['value'] = 'Bool', v
            elif isinstance(v, int):
                d['kind'], d['value'] = 'Int', str(v)
            elif isinstance(v, float):
                d['kind'], d['value'] = 'Float', repr(v)
            elif isinstance(v, complex):
                d['kind'], d['value'] = 'Imaginary', repr(v.imag)
            elif isinstance(v, str):
                d['kind'], d['value'] = ('FStringText' if in_fstring else 'Str'), v
            else:
                d['kind'], d['value'] = 'Bytes', list(v)
        else:
            d['kind'] = KINDS.get(name, name)
            for field, value in ast.iter_fields(n):
                if field in ('type_comment', 'is_async', 'kind', 'type_ignores'):
                    continue
                key = 'name' if (name == 'arg' and field == 'arg') else FIELDS.get(field, field)
                if isinstance(value, (ast.operator, ast.unaryop, ast.boolop)):
                    d[key] = OPS[type(value).__name__]
                elif field == 'ops':
                    d[key] = [OPS[type(op).__name__] for op in value]
                elif field == 'ctx':
                    d[key] = type(value).__name__.lower()
                elif name == 'FormattedValue' and field == 'conversion':
                    d[key] = None if value == -1 else chr(value)
                elif name == 'JoinedStr':
                    d['parts'] = [node(x, True) for x in value]
                else:
                    d[key] = node(value)
        if d['kind'] not in WITHOUT_POSITION and hasattr(n, 'lineno'):
            d['pos'] = [n.lineno, column(n.lineno, n.col_offset),
                        n.end_lineno, column(n.end_lineno, n.end_col_offset)]
        return d

    return node(tree)


for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        source = f.read()
    tree = ast.parse(source, path)
    lines = source.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    with open(path[:-3] + '.ast.json', 'w', encoding='utf-8') as out:
        json.dump(convert(tree, lines), out, indent=1, ensure_ascii=False)
        out.write('\n')
