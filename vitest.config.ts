import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          root: './packages/core',
          include: ['src/**/*.test.ts'],
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
