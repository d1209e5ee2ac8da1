import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EVENT_FORMAT_VERSION, SIMULATED_PYTHON } from '@heapline/core/kinds';
import { runCommand } from './run.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('heapline')
  .description(
    `See how CPython ${SIMULATED_PYTHON} manages memory: every allocation, reference, finalizer and\n` +
      'collection recorded as an event you can replay.',
  )
  .version(`heapline ${pkg.version} (simulates CPython ${SIMULATED_PYTHON}, event format ${EVENT_FORMAT_VERSION})`, '-V, --version')
  .showSuggestionAfterError()
  .exitOverride();

program
  .command('demo')
  .description("run the built-in example (the notebook's two objects in a cycle) and print its events")
  .action(async () => {
    const { runDemo } = await import('./demo.js');
    runDemo((line) => process.stdout.write(line + '\n'));
  });

const positiveInt = (what: string) => (v: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n <= 0) {
    throw new CommanderError(2, 'heapline.invalidArgument', `error: ${what} must be a positive integer, not '${v}'`);
  }
  return n;
};
const positiveNumber = (what: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, 'heapline.invalidArgument', `error: ${what} must be a positive number, not '${v}'`);
  return n;
};

program
  .command('run')
  .description('run a Python script on the simulated heap; prints what CPython 3.11 prints')
  .argument('<file>', 'the Python script')
  .option('--log <out>', 'write the event log (JSON Lines) while the program runs')
  .option('--max-events <n>', 'stop after this many events (exit status 3)', positiveInt('--max-events'))
  .option('--max-seconds <s>', 'stop after this many seconds (exit status 3)', positiveNumber('--max-seconds'))
  .action(async (file: string, opts: { log?: string; maxEvents?: number; maxSeconds?: number }) => {
    process.exitCode = await runCommand(file, opts);
  });

program
  .command('import')
  .description('validate an event log (.jsonl, .jsonl.gz) and report what is in it')
  .argument('<log>', 'the event log')
  .option('--allow-truncated', 'read the valid prefix of a truncated log instead of failing')
  .action(async (log: string, opts: { allowTruncated?: boolean }) => {
    const { importCommand } = await import('./commands/import.js');
    await importCommand(log, opts, (line) => process.stdout.write(line + '\n'));
  });

program
  .command('stats')
  .description('events by kind, objects, peak memory, collections, top allocation lines of a log (or a .py, run first)')
  .argument('<log>', 'the event log (.jsonl, .jsonl.gz) or a Python script')
  .option('--json', 'print one JSON object instead of text')
  .option('--allow-truncated', 'read the valid prefix of a truncated log instead of failing')
  .action(async (log: string, opts: { json?: boolean; allowTruncated?: boolean }) => {
    const { statsCommand } = await import('./commands/stats.js');
    await statsCommand(log, opts, (line) => process.stdout.write(line + '\n'));
  });

program
  .command('tui')
  .description("the time-travel debugger: scrub through a script's (or a log's) heap history")
  .argument('<file>', 'a Python script (run first) or an event log (.jsonl, .jsonl.gz)')
  .action(async (file: string) => (await import('./commands/tui.js')).tuiCommand(file));

program
  .command('export')
  .description('export a log (or a .py, run first) for Perfetto, Chrome DevTools, memlab, Graphviz or DuckDB (see docs/exports.md)')
  .argument('<input>', 'the event log (.jsonl, .jsonl.gz) or a Python script')
  .requiredOption('--format <format>', 'jsonl | chrome-trace | heapsnapshot | dot | parquet')
  .option('-o, --output <out>', "output file ('-' for stdout; a .gz name is gzipped); default: named after the input")
  .option('--at <n>', 'heapsnapshot, dot: the heap just after event N (default: the last event)')
  .option('--focus <id>', "dot: draw only this object's neighbourhood")
  .option('--depth <k>', 'dot, with --focus: references away from it, either way (default 2)')
  .option('--max-nodes <n>', 'dot: refuse to draw more objects than this (default 2000)')
  .option('--lifetimes <n>', 'chrome-trace: objects whose lifetime is drawn as a slice (default 10000)')
  .option('--sample-every <n>', 'chrome-trace: at most one counter sample per N events (default 10)')
  .option('--allow-truncated', 'export the valid prefix of a truncated log instead of failing')
  .action(async (input: string, opts: import('./commands/export.js').ExportOptions) => (await import('./commands/export.js')).exportCommand(input, opts));

// A reader that goes away (`heapline stats LOG | head`) is not an error: stop quietly, as cat
// and grep do, instead of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.code === 'heapline.invalidArgument') process.stderr.write(`heapline: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (error instanceof Error && error.name === 'HeapError') {
    process.stderr.write(`heapline: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`heapline: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.HEAPLINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(70);
}
