// Skip puppeteer's own browser download where a system Chromium exists (it cannot
// be downloaded on machines without internet); elsewhere puppeteer fetches its own.
const {existsSync} = require('node:fs')
const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
].filter(Boolean)
module.exports = {skipDownload: candidates.some((path) => existsSync(path))}
