import type { PyExc } from './objects.js';

/** A Python exception in flight, carried through the JS stack. */
export class PyErr extends Error {
  constructor(readonly exc: PyExc) {
    super('python exception');
  }
}

/** The program hit a budget (events or time): stops everything, no Python handler sees it. */
export class BudgetExceeded extends Error {
  constructor(
    readonly budget: 'events' | 'seconds',
    readonly limit: number,
  ) {
    super(`budget exceeded: ${budget}`);
  }
}

/** sys.exit / SystemExit reaching the top. */
export class ExitProgram extends Error {
  constructor(readonly status: number) {
    super('exit');
  }
}
