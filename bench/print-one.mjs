#!/usr/bin/env node
// The cold baseline of the benchmark: what a per-file converter does for one
// document. A fresh Node process starts a browser, prints one HTML file to
// PDF and exits. Usage: node bench/print-one.mjs <in.html> <out.pdf>
import {readFile, writeFile} from 'node:fs/promises'
import {launchBrowser} from '../dist/print/pdf.js'

const [input, output] = process.argv.slice(2)
const browser = await launchBrowser()
const page = await browser.newPage()
await page.setContent(await readFile(input, 'utf8'), {waitUntil: 'load'})
await writeFile(
  output,
  await page.pdf({preferCSSPageSize: true, printBackground: true}),
)
await browser.close()
