import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Timeline } from '@heapline/core';
import { describe, expect, it } from 'vitest';
import { notebookLog } from '../testing/notebookLog.js';
import { exportHeapFiles } from './exportHeap.js';

describe('exportHeapFiles', () => {
  it('writes a heap snapshot and a DOT drawing around the focus object at the event', () => {
    const nb = notebookLog();
    const tl = new Timeline(nb.log);
    const dir = mkdtempSync(join(tmpdir(), 'heapline-tui-export-'));
    const at = nb.log.length - 1;
    const paths = exportHeapFiles(tl, at, nb.ids.list, dir);
    expect(paths).toEqual([join(dir, `heapline-event-${at}.heapsnapshot`), join(dir, `heapline-event-${at}-object-${nb.ids.list}.dot`)]);
    const snap = JSON.parse(readFileSync(paths[0]!, 'utf8')) as { snapshot: { node_count: number } };
    expect(snap.snapshot.node_count).toBeGreaterThan(2);
    expect(readFileSync(paths[1]!, 'utf8')).toMatch(/^digraph[\s\S]*list/);
  });

  it('draws the whole heap when no live object is in focus', () => {
    const nb = notebookLog();
    const tl = new Timeline(nb.log);
    const dir = mkdtempSync(join(tmpdir(), 'heapline-tui-export-'));
    const paths = exportHeapFiles(tl, 3, nb.ids.x, dir);
    expect(paths[1]).toBe(join(dir, 'heapline-event-3.dot'));
  });
});
