import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          root: './packages/core',
          include: ['src/**/*.test.ts'],
          // Property tests run hundreds of random histories; on a loaded 2-core CI machine a
          // few take several seconds. Correctness tests, not timing ones.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'python',
          root: './packages/python',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'tui',
          root: './apps/tui',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'cli',
          root: './apps/cli',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
