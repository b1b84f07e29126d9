/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  // A budget against hangs, not a speed check (speed is `npm run bench`). The slowest ordinary tests
  // and hooks took 30-40 s with the 2-core machine oversubscribed 7 times over (load average 15, about
  // what a 3-4x slower laptop with other work running looks like); 120 s leaves room above that.
  // Tests that start processes or build set their own, larger budgets.
  testTimeout: 120_000,
  maxWorkers: 2,
};
