/**
 * The errors this library raises: plain objects that name the Python exception type and carry
 * CPython's message, for the interpreter to turn into Python exceptions.
 */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError';

export interface PyError {
  readonly pyType: PyErrorType;
  readonly message: string;
}

/** Builds the thrown object. A class, so stack traces show where it came from. */
export class PyTextError extends Error implements PyError {
  readonly pyType: PyErrorType;
  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.pyType = pyType;
    this.name = pyType;
  }
}

export function pyError(pyType: PyErrorType, message: string): PyTextError {
  return new PyTextError(pyType, message);
}

/** True for anything this library throws. */
export function isPyError(e: unknown): e is PyError {
  return e instanceof PyTextError;
}
