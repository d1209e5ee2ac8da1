import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

/** A stream that records what is written, and says whether it is a terminal. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let out = '';
  s.on('data', (chunk: Buffer) => (out += chunk.toString()));
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: s, text: () => out };
}

describe('progressBar', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const { stream, text } = fakeStream(false);
    const bar = progressBar('reading', 'bytes', stream);
    bar.update(1 << 20, 4 << 20);
    bar.stop();
    expect(text()).toBe('');
  });

  it('draws a bar with its label on a terminal', async () => {
    const { stream, text } = fakeStream(true);
    const bar = progressBar('reading', 'bytes', stream);
    bar.update(2 << 20, 4 << 20);
    bar.stop();
    await new Promise((r) => setImmediate(r));
    expect(text()).toMatch(/reading \[.*\] 50% 2\/4 MB/);
  });
});
