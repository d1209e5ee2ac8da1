/**
 * A progress bar on stderr for long reads and writes, shown only when stderr is a terminal
 * (cli-progress); quiet otherwise, so pipes, files and tests see nothing.
 */
import cliProgress from 'cli-progress';

/** Reports `done` out of `total` (bytes, events...); `stop` clears the bar. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

const QUIET: Progress = { update: () => {}, stop: () => {} };

/**
 * A bar labelled `label` (a fixed string of heapline's, never text from a log) when stderr is
 * a TTY; a no-op otherwise. Values are shown as MB when `unit` is 'bytes'.
 */
export function progressBar(label: string, unit: 'bytes' | 'events' = 'bytes', stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  const scale = unit === 'bytes' ? 1 / (1 << 20) : 1;
  const suffix = unit === 'bytes' ? ' MB' : ' events';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% {value}/{total}${suffix}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      const t = Math.max(1, Math.round(total * scale));
      const v = Math.min(t, Math.round(done * scale));
      if (!started) {
        bar.start(t, v);
        started = true;
      } else {
        bar.setTotal(t);
        bar.update(v);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
