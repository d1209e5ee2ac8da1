import type { CodeInfo, PyCell, PyDict, PyFunction, PyObject } from './objects.js';

/**
 * An executing frame. Its references (locals, cells, evaluation-stack temporaries) are held by
 * `holder`: a root named after the frame, or the generator object owning a generator's frame.
 */
export class Frame {
  /** Fast locals (functions and comprehensions). */
  readonly locals = new Map<string, PyObject>();
  readonly cells = new Map<string, PyCell>();
  /** Temporaries on the evaluation stack, mirrored by `<stack>` references of `holder`. */
  readonly stack: PyObject[] = [];
  line: number;
  /** The returned value (a stack reference) once the body returns. */
  retval: PyObject | null = null;
  /** Class body namespace (class frames), or null. */
  ns: PyDict | null = null;
  /** The exception being handled (sys.exc_info), innermost last. */
  readonly handling: PyObject[] = [];
  /** Materialised frame object (f_back chains, tracebacks), if any. */
  frameObject: PyObject | null = null;
  constructor(
    readonly code: CodeInfo,
    public holder: number,
    readonly globals: PyDict,
    readonly back: Frame | null,
    readonly func: PyFunction | null,
    readonly ownsRoot: boolean,
  ) {
    this.line = code.firstLine;
  }
  get depth(): number {
    let d = 0;
    for (let f: Frame | null = this; f; f = f.back) d++;
    return d;
  }
}
