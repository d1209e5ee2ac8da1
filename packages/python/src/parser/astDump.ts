/**
 * A readable, indented dump of a syntax tree, one node per line, fields named as in ast.ts
 * (in the spirit of CPython's `ast.dump(indent=...)`). Used by tests and for debugging.
 */
import type { Node } from './ast.js';

export interface DumpOptions {
  /** Append each node's `@line:col-endLine:endCol`. */
  readonly positions?: boolean;
}

const SPAN_KEYS: ReadonlySet<string> = new Set(['kind', 'start', 'end', 'line', 'col', 'endLine', 'endCol']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'kind' in value && !(value instanceof Uint8Array);
}

function scalar(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) {
    let s = "b'";
    for (const b of value) s += b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
    return `${s}'`;
  }
  return JSON.stringify(value);
}

/**
 * @example
 * dumpAst(parse('x = 1 + 2', 'x.py').module)
 * // Module
 * //   body:
 * //     Assign
 * //       targets:
 * //         Name id="x" ctx="store"
 * //       value: BinOp op="+"
 * //         left: Int value=1 text="1"
 * //         right: Int value=2 text="2"
 */
export function dumpAst(root: Node, options: DumpOptions = {}): string {
  const lines: string[] = [];
  const header = (node: Node): string => {
    const fields = Object.entries(node)
      .filter(([k, v]) => !SPAN_KEYS.has(k) && !isNode(v) && !Array.isArray(v) && v !== null)
      .map(([k, v]) => `${k}=${scalar(v)}`);
    const where = options.positions && 'line' in node ? ` @${node.line}:${node.col}-${node.endLine}:${node.endCol}` : '';
    return [node.kind, ...fields].join(' ') + where;
  };
  const emit = (node: Node, indent: string, label: string): void => {
    lines.push(`${indent}${label}${header(node)}`);
    for (const [key, value] of Object.entries(node)) {
      if (SPAN_KEYS.has(key)) continue;
      if (isNode(value)) {
        emit(value, `${indent}  `, `${key}: `);
      } else if (Array.isArray(value) && value.length > 0) {
        lines.push(`${indent}  ${key}:`);
        for (const item of value as unknown[]) {
          if (isNode(item)) emit(item, `${indent}    `, '');
          else lines.push(`${indent}    ${item === null ? 'null' : scalar(item)}`);
        }
      }
    }
  };
  emit(root, '', '');
  return lines.join('\n');
}
