import { defineConfig } from 'vitest/config';

// Three kinds of test: units (pure logic), the built site in dist/ (HTML, links, search index, build
// behaviour), and journeys in Chromium. `npm test` builds first, so site and browser tests see what
// citizens get.
export default defineConfig({
  test: {
    projects: [
      {
        // Some units read and check the whole of content/ (about 5 s on a busy two-core machine): the default
        // 5 s limit made them fail by chance.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
