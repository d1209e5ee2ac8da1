import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EVENT_FORMAT_VERSION, HeapError, SIMULATED_PYTHON } from '@heapline/core';
import { runDemo } from './demo.js';

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
  .action(() => runDemo((line) => process.stdout.write(line + '\n')));

try {
  program.parse(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof HeapError) {
    process.stderr.write(`heapline: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`heapline: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(70);
}
