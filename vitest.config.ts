import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PDF tests start Chromium; one browser per file is enough on two cores.
    testTimeout: 60_000,
    // Vitest's default in a run is one worker less than the cores: on two
    // cores a single worker, which leaves a core idle while a test waits for
    // Chromium, git or a child process. Two workers at least (the files do not
    // collide: temporary folders of their own, port 0, a browser context each
    // in the shared Chromium); the slowest files start first (vitest orders
    // them by the duration of the last run).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The test files share one module graph per worker: importing unified,
    // zod, Handlebars and puppeteer-core once per worker instead of once per
    // file halves the suite's CPU time. No test mocks modules or keeps state
    // in them (a test that needs that belongs in a file of its own with
    // \`isolate: true\` through vitest's projects).
    isolate: false,
    hookTimeout: 60_000,
  },
})
