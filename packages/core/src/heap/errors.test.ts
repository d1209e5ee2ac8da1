import { describe, expect, it } from 'vitest';
import { ErrorCode, HeapError } from '../errors.js';
import type { HeapState } from '../state/heapState.js';
import { stateSnapshot } from '../state/snapshot.js';
import { Heap } from './heap.js';

/** Every misuse is a HeapError with a stable code and a message naming the object; nothing is appended. */
function setup() {
  const heap = new Heap();
  const root = heap.addRoot('globals');
  const list = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: root, slot: 'l' });
  const item = heap.alloc({ type: 'int', size: 28, holder: list, slot: 0 });
  const inst = heap.alloc({ type: 'Point', size: 56, gc: true, holder: root, slot: 'p' });
  const dead = heap.alloc({ type: 'Gone', size: 56, gc: true, holder: root, slot: 'g' });
  heap.drop(dead, root, 'g');
  return { heap, root, list, item, inst, dead };
}

function rejects(heap: Heap, fn: () => unknown, code: string, mentions: RegExp) {
  const before = heap.log.length;
  const snap = stateSnapshot(heap.state as HeapState);
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HeapError);
  expect((caught as HeapError).code).toBe(code);
  expect((caught as HeapError).message).toMatch(mentions);
  expect(heap.log.length).toBe(before);
  expect(stateSnapshot(heap.state as HeapState)).toEqual(snap);
}

describe('bad commands leave the log and the state unchanged', () => {
  it('a command on an unknown object', () => {
    const { heap, root } = setup();
    rejects(heap, () => heap.take(999, root, 'x'), ErrorCode.UnknownObject, /unknown target 999/);
    rejects(heap, () => heap.refcount(0), ErrorCode.UnknownObject, /unknown object 0/);
    rejects(heap, () => heap.track(1.5), ErrorCode.UnknownObject, /unknown object 1.5/);
  });

  it('a command on a freed object', () => {
    const { heap, root, inst, dead } = setup();
    rejects(heap, () => heap.take(dead, root, 'again'), ErrorCode.FreedObject, new RegExp(`target ${dead} \\(Gone\\) has been freed`));
    rejects(heap, () => heap.take(inst, dead, 'x'), ErrorCode.FreedObject, /holder .* \(Gone\) has been freed/);
    rejects(heap, () => heap.weakref(dead), ErrorCode.FreedObject, /referent/);
  });

  it('a drop of a reference the holder does not hold', () => {
    const { heap, root, inst, list, item } = setup();
    rejects(heap, () => heap.drop(inst, root, 'nope'), ErrorCode.NotHeld, new RegExp(`root ${root} holds no reference to object ${inst} in slot 'nope'`));
    rejects(heap, () => heap.drop(list, inst, 'x'), ErrorCode.NotHeld, /holds no reference/);
    rejects(heap, () => heap.drop(inst, list, 0), ErrorCode.NotHeld, new RegExp(`object ${list} holds no reference to object ${inst} at position 0`));
    rejects(heap, () => heap.drop(item, list, 3), ErrorCode.BadSlot, /position 3 is out of range 0..0/);
    rejects(heap, () => heap.drop(item, list, 'label'), ErrorCode.BadSlot, /position label/);
    rejects(heap, () => heap.take(item, inst, 7), ErrorCode.BadSlot, /slot 7 must be a label/);
  });

  it('a drop that would take a refcount below zero', () => {
    const heap = new Heap();
    const floating = heap.alloc({ type: 'int', size: 28 });
    const root = heap.addRoot('r');
    // Nothing holds it: dropping any reference to it is refused before the refcount moves.
    rejects(heap, () => heap.drop(floating, root, 'x'), ErrorCode.NotHeld, /holds no reference/);
    expect(heap.refcount(floating)).toBe(0);
  });

  it('an unknown root, and removing a root that still holds references', () => {
    const { heap, root, inst } = setup();
    rejects(heap, () => heap.take(inst, -42, 'x'), ErrorCode.UnknownRoot, /unknown root -42/);
    rejects(heap, () => heap.removeRoot(root), ErrorCode.RootNotEmpty, /still holds references/);
    rejects(heap, () => heap.removeRoot(-1), ErrorCode.InvalidArgument, /interpreter root/);
  });

  it('an invalid generation or threshold', () => {
    const { heap } = setup();
    for (const g of [-1, 3, 1.5, Number.NaN]) rejects(heap, () => heap.collect(g), ErrorCode.InvalidGeneration, /invalid generation/);
    rejects(heap, () => heap.getObjects(3), ErrorCode.InvalidGeneration, /must be less than the number of available generations \(3\)/);
    rejects(heap, () => heap.getObjects(-2), ErrorCode.InvalidGeneration, /cannot be negative/);
    rejects(heap, () => heap.setThreshold(1.5), ErrorCode.InvalidThreshold, /invalid threshold 1.5/);
    rejects(heap, () => heap.setThreshold(700, 2 ** 40), ErrorCode.InvalidThreshold, /invalid threshold/);
  });

  it('invalid allocations', () => {
    const { heap, root } = setup();
    rejects(heap, () => heap.alloc({ type: '', size: 1 }), ErrorCode.InvalidArgument, /type name/);
    rejects(heap, () => heap.alloc({ type: 'x', size: -1 }), ErrorCode.InvalidArgument, /invalid size -1 for a x/);
    rejects(heap, () => heap.alloc({ type: 'int', size: 28, tracked: true }), ErrorCode.NotGcObject, /cannot be tracked/);
    rejects(heap, () => heap.alloc({ type: 'x', size: 8, holder: root }), ErrorCode.BadSlot, /needs a slot/);
    rejects(heap, () => heap.alloc({ type: 'x', size: 8, cls: 12345 }), ErrorCode.UnknownObject, /unknown class 12345/);
  });

  it('weakref queries on an object that is not a weakref', () => {
    const { heap, inst } = setup();
    rejects(heap, () => heap.weakrefTarget(inst), ErrorCode.NotWeakref, new RegExp(`object ${inst} is not a weakref`));
  });

  it('a callback that throws does not break the engine; the error is reported after the command', () => {
    const heap = new Heap();
    const root = heap.addRoot('r');
    const a = heap.alloc({ type: 'A', size: 56, gc: true, holder: root, slot: 'a', finalizer: () => { throw new Error('boom'); } });
    expect(() => heap.drop(a, root, 'a')).toThrowError(/a callback failed: boom/);
    expect(heap.isAlive(a)).toBe(false);
    const seen: unknown[] = [];
    const quiet = new Heap({ onCallbackError: (e) => seen.push(e) });
    const r2 = quiet.addRoot('r');
    const b = quiet.alloc({ type: 'A', size: 56, gc: true, holder: r2, slot: 'b', finalizer: () => { throw new Error('boom'); } });
    quiet.drop(b, r2, 'b');
    expect(seen).toHaveLength(1);
  });
});
