import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A test that reaches the real network is a defect: the fixture fetch throws instead.
    restoreMocks: true,
  },
});
