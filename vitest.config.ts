import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PDF tests start Chromium; one browser per file is enough on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
