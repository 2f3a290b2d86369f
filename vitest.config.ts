import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PDF tests start Chromium; one browser per file is enough on two cores.
    testTimeout: 60_000,
    // The test files share one module graph per worker: importing unified,
    // zod, Handlebars and puppeteer-core once per worker instead of once per
    // file halves the suite's CPU time. No test mocks modules or keeps state
    // in them (a test that needs that belongs in a file of its own with
    // \`isolate: true\` through vitest's projects).
    isolate: false,
    hookTimeout: 60_000,
  },
})
