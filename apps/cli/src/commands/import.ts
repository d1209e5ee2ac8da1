/** `heapline import LOG`: validates an event log and says what is in it. */
import { escapeControl } from '@heapline/core';
import { withInputErrors } from './failure.js';
import { streamInput } from '../input.js';
import { progressBar } from '../progress.js';

export interface ImportOptions {
  readonly allowTruncated?: boolean;
}

const n = (x: number): string => x.toLocaleString('en-US');

/** Reads `path` through the validating reader (streaming: no history kept) and reports. */
export async function importCommand(path: string, options: ImportOptions, out: (line: string) => void): Promise<void> {
  await withInputErrors(async () => {
    const bar = progressBar('validating');
    let allocated = 0;
    let freed = 0;
    let collections = 0;
    const r = await streamInput(
      path,
      {
        onEvent: (e) => {
          if (e.kind === 'heap.alloc') allocated++;
          else if (e.kind === 'heap.free') freed++;
          else if (e.kind === 'gc.done') collections++;
        },
      },
      { ...(options.allowTruncated ? { allowTruncated: true } : {}), onProgress: bar.update },
    ).finally(bar.stop);
    const h = r.header;
    out(`${escapeControl(path)}: heapline event log, format version ${h.version}, simulating CPython ${escapeControl(h.python)}`);
    out(r.truncated ? `truncated: ${escapeControl(r.truncation ?? '')}; the valid prefix was read` : 'complete: every line is valid and the end line matches');
    out(`events: ${n(r.events)}`);
    out(`objects: ${n(allocated)} allocated, ${n(freed)} freed, ${n(r.state.liveObjects)} alive at the end (${n(r.state.liveBytes)} bytes)`);
    out(`collections: ${n(collections)}`);
    out(`files: ${h.files.length}`);
    for (const f of h.files) {
      const lines = f.source === '' ? 0 : f.source.split('\n').length - (f.source.endsWith('\n') ? 1 : 0);
      out(`  ${escapeControl(f.name)} (${n(lines)} lines)`);
    }
  });
}
