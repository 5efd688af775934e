import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the built bundle in Debian's chromium (see tests/browser/).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    // Tests of the built package need dist/; built here once when missing.
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
