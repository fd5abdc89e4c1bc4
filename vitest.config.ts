import { defineConfig } from 'vitest/config'

// The suite runs on the embedded database; with TEST_DATABASE_URL set it
// runs a second time against that PostgreSQL server.
const targets = [
  'embedded',
  ...(process.env.TEST_DATABASE_URL ? ['server'] : []),
]

export default defineConfig({
  test: {
    projects: targets.map((target) => ({
      test: {
        name: target,
        include: ['test/**/*.test.ts'],
        env: { TEST_TARGET: target },
        globalSetup: ['test/support/global-setup.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        pool: 'forks',
      },
    })),
  },
})
