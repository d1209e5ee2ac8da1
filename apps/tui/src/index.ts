/**
 * heapline's time-travel debugger (the public API of `@heapline/tui`).
 */
export {};
