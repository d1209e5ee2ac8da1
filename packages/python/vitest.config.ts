import { defineConfig } from 'vitest/config';

// Lets `npx vitest run --root packages/python` run this package's tests on their own; the root
// vitest.config.ts runs them as the `python` project.
export default defineConfig({
  test: {
    name: 'python',
    include: ['src/**/*.test.ts'],
  },
});
