/**
 * The syntax tree: a discriminated union on `kind`, shaped after CPython's `ast` module (so the
 * interpreter can follow CPython's compiler where it matters), with literals split by type. Every
 * node carries its span: offsets into the normalised source and 1-based lines with 0-based
 * columns, as CPython's `lineno`/`col_offset`/`end_lineno`/`end_col_offset` (columns count UTF-16
 * code units here, not UTF-8 bytes).
 */
import type { Span } from './tokens.js';

export type { Span };

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExprContext = 'load' | 'store' | 'del';
export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type UnaryOperator = 'not' | '-' | '+' | '~';
export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

export interface Name extends Span { readonly kind: 'Name'; readonly id: string; readonly ctx: ExprContext }
/** An int literal; `text` is as written (underscores, prefix), `value` exact. */
export interface Int extends Span { readonly kind: 'Int'; readonly value: bigint; readonly text: string }
export interface Float extends Span { readonly kind: 'Float'; readonly value: number; readonly text: string }
/** An imaginary literal such as `2j`: `value` is the imaginary part. */
export interface Imaginary extends Span { readonly kind: 'Imaginary'; readonly value: number; readonly text: string }
/** One or more adjacent str literals, escapes decoded and concatenated. */
export interface Str extends Span { readonly kind: 'Str'; readonly value: string }
export interface Bytes extends Span { readonly kind: 'Bytes'; readonly value: Uint8Array }
export interface Bool extends Span { readonly kind: 'Bool'; readonly value: boolean }
export interface NoneLiteral extends Span { readonly kind: 'None' }
export interface EllipsisLiteral extends Span { readonly kind: 'Ellipsis' }
/** Adjacent literals at least one of which is an f-string (CPython's JoinedStr). */
export interface FString extends Span { readonly kind: 'FString'; readonly parts: readonly FStringPart[] }
export type FStringPart = FStringText | FormattedValue;
export interface FStringText extends Span { readonly kind: 'FStringText'; readonly value: string }
/** A `{...}` field. `f"{x=}"` becomes the text `x=` followed by this field with conversion `r`. */
export interface FormattedValue extends Span {
  readonly kind: 'FormattedValue';
  readonly value: Expression;
  readonly conversion: 's' | 'r' | 'a' | null;
  readonly formatSpec: FString | null;
}
export interface Tuple extends Span { readonly kind: 'Tuple'; readonly elts: readonly Expression[]; readonly ctx: ExprContext }
export interface List extends Span { readonly kind: 'List'; readonly elts: readonly Expression[]; readonly ctx: ExprContext }
export interface SetDisplay extends Span { readonly kind: 'Set'; readonly elts: readonly Expression[] }
/** A dict display; a null key is a `**mapping` entry. */
export interface Dict extends Span {
  readonly kind: 'Dict';
  readonly keys: readonly (Expression | null)[];
  readonly values: readonly Expression[];
}
export interface Starred extends Span { readonly kind: 'Starred'; readonly value: Expression; readonly ctx: ExprContext }
export interface Comprehension extends Span {
  readonly kind: 'Comprehension';
  readonly target: Expression;
  readonly iter: Expression;
  readonly ifs: readonly Expression[];
}
export interface ListComp extends Span { readonly kind: 'ListComp'; readonly elt: Expression; readonly generators: readonly Comprehension[] }
export interface SetComp extends Span { readonly kind: 'SetComp'; readonly elt: Expression; readonly generators: readonly Comprehension[] }
export interface GeneratorExp extends Span { readonly kind: 'GeneratorExp'; readonly elt: Expression; readonly generators: readonly Comprehension[] }
export interface DictComp extends Span {
  readonly kind: 'DictComp';
  readonly key: Expression;
  readonly value: Expression;
  readonly generators: readonly Comprehension[];
}
export interface BinOp extends Span { readonly kind: 'BinOp'; readonly op: BinaryOperator; readonly left: Expression; readonly right: Expression }
export interface UnaryOp extends Span { readonly kind: 'UnaryOp'; readonly op: UnaryOperator; readonly operand: Expression }
export interface BoolOp extends Span { readonly kind: 'BoolOp'; readonly op: 'and' | 'or'; readonly values: readonly Expression[] }
/** `a < b <= c`: `ops` and `comparators` have the same length. */
export interface Compare extends Span {
  readonly kind: 'Compare';
  readonly left: Expression;
  readonly ops: readonly CompareOperator[];
  readonly comparators: readonly Expression[];
}
export interface IfExp extends Span { readonly kind: 'IfExp'; readonly test: Expression; readonly body: Expression; readonly orelse: Expression }
export interface NamedExpr extends Span { readonly kind: 'NamedExpr'; readonly target: Name; readonly value: Expression }
export interface Lambda extends Span { readonly kind: 'Lambda'; readonly args: Arguments; readonly body: Expression }
/** A call; positional arguments may be Starred (`*args`), a keyword with a null name is `**kw`. */
export interface Call extends Span {
  readonly kind: 'Call';
  readonly func: Expression;
  readonly args: readonly Expression[];
  readonly keywords: readonly Keyword[];
}
export interface Keyword extends Span { readonly kind: 'Keyword'; readonly arg: string | null; readonly value: Expression }
export interface Attribute extends Span { readonly kind: 'Attribute'; readonly value: Expression; readonly attr: string; readonly ctx: ExprContext }
export interface Subscript extends Span { readonly kind: 'Subscript'; readonly value: Expression; readonly slice: Expression; readonly ctx: ExprContext }
export interface Slice extends Span {
  readonly kind: 'Slice';
  readonly lower: Expression | null;
  readonly upper: Expression | null;
  readonly step: Expression | null;
}
export interface Yield extends Span { readonly kind: 'Yield'; readonly value: Expression | null }
export interface YieldFrom extends Span { readonly kind: 'YieldFrom'; readonly value: Expression }
/** `await x`: parsed so that it gets CPython's error ('async def' is not in heapline's subset). */
export interface Await extends Span { readonly kind: 'Await'; readonly value: Expression }

export type Expression =
  | Name | Int | Float | Imaginary | Str | Bytes | Bool | NoneLiteral | EllipsisLiteral | FString
  | Tuple | List | SetDisplay | Dict | Starred | ListComp | SetComp | GeneratorExp | DictComp
  | BinOp | UnaryOp | BoolOp | Compare | IfExp | NamedExpr | Lambda | Call | Attribute
  | Subscript | Slice | Yield | YieldFrom | Await;

// ---------------------------------------------------------------------------------------------
// Statements

/** A parameter. */
export interface Arg extends Span { readonly kind: 'Arg'; readonly name: string; readonly annotation: Expression | null }
/**
 * Parameters as CPython's `ast.arguments`: `defaults` belong to the last positional parameters
 * (`posonlyargs` then `args`); `kwDefaults` has one entry (or null) per keyword-only parameter.
 */
export interface Arguments {
  readonly kind: 'Arguments';
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  readonly kwDefaults: readonly (Expression | null)[];
  readonly kwarg: Arg | null;
  readonly defaults: readonly Expression[];
}

export interface ExprStmt extends Span { readonly kind: 'ExprStmt'; readonly value: Expression }
/** `a = b = value`: targets left to right. */
export interface Assign extends Span { readonly kind: 'Assign'; readonly targets: readonly Expression[]; readonly value: Expression }
export interface AugAssign extends Span { readonly kind: 'AugAssign'; readonly target: Expression; readonly op: BinaryOperator; readonly value: Expression }
/** `target: annotation [= value]`; `simple` when the target is a bare name, not parenthesized. */
export interface AnnAssign extends Span {
  readonly kind: 'AnnAssign';
  readonly target: Expression;
  readonly annotation: Expression;
  readonly value: Expression | null;
  readonly simple: boolean;
}
export interface Delete extends Span { readonly kind: 'Delete'; readonly targets: readonly Expression[] }
export interface Pass extends Span { readonly kind: 'Pass' }
export interface Break extends Span { readonly kind: 'Break' }
export interface Continue extends Span { readonly kind: 'Continue' }
export interface Return extends Span { readonly kind: 'Return'; readonly value: Expression | null }
export interface Global extends Span { readonly kind: 'Global'; readonly names: readonly string[] }
export interface Nonlocal extends Span { readonly kind: 'Nonlocal'; readonly names: readonly string[] }
export interface Raise extends Span { readonly kind: 'Raise'; readonly exc: Expression | null; readonly cause: Expression | null }
export interface Assert extends Span { readonly kind: 'Assert'; readonly test: Expression; readonly msg: Expression | null }
export interface Alias extends Span { readonly kind: 'Alias'; readonly name: string; readonly asname: string | null }
export interface Import extends Span { readonly kind: 'Import'; readonly names: readonly Alias[] }
/** `from ..m import x`: `module` null for `from . import x`; `level` counts the dots. */
export interface ImportFrom extends Span {
  readonly kind: 'ImportFrom';
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}

export interface If extends Span { readonly kind: 'If'; readonly test: Expression; readonly body: readonly Statement[]; readonly orelse: readonly Statement[] }
export interface While extends Span { readonly kind: 'While'; readonly test: Expression; readonly body: readonly Statement[]; readonly orelse: readonly Statement[] }
export interface For extends Span {
  readonly kind: 'For';
  readonly target: Expression;
  readonly iter: Expression;
  readonly body: readonly Statement[];
  readonly orelse: readonly Statement[];
}
export interface WithItem extends Span { readonly kind: 'WithItem'; readonly contextExpr: Expression; readonly optionalVars: Expression | null }
export interface With extends Span { readonly kind: 'With'; readonly items: readonly WithItem[]; readonly body: readonly Statement[] }
export interface ExceptHandler extends Span {
  readonly kind: 'ExceptHandler';
  readonly type: Expression | null;
  readonly name: string | null;
  readonly body: readonly Statement[];
}
export interface Try extends Span {
  readonly kind: 'Try';
  readonly body: readonly Statement[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Statement[];
  readonly finalbody: readonly Statement[];
}
/** A `def`; its span starts at the first decorator, as in CPython 3.8+. */
export interface FunctionDef extends Span {
  readonly kind: 'FunctionDef';
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Statement[];
  readonly decorators: readonly Expression[];
  readonly returns: Expression | null;
}
export interface ClassDef extends Span {
  readonly kind: 'ClassDef';
  readonly name: string;
  readonly bases: readonly Expression[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Statement[];
  readonly decorators: readonly Expression[];
}

export type Statement =
  | ExprStmt | Assign | AugAssign | AnnAssign | Delete | Pass | Break | Continue | Return | Global
  | Nonlocal | Raise | Assert | Import | ImportFrom | If | While | For | With | Try | FunctionDef
  | ClassDef;

export interface Module extends Span { readonly kind: 'Module'; readonly body: readonly Statement[] }

/** Every node kind. */
export type Node =
  | Module | Statement | Expression | Arguments | Arg | Keyword | Comprehension | FStringPart
  | WithItem | ExceptHandler | Alias;

export type NodeKind = Node['kind'];
