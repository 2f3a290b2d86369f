/** `raadsstuk build` and `raadsstuk check` on the command line: options in, report and exit code out. */
import {relative} from 'node:path'
import {collectMessages, formatReport} from '../messages/report.js'
import {hasErrors} from '../messages/problem.js'
import {UsageError} from './args.js'
import {openCheckCache} from '../io/check-cache.js'
import {build} from './build.js'
import type {Context} from './main.js'
import {
  createProgress,
  formatSummary,
  useColour,
  type Stream,
} from './progress.js'

type Values = Readonly<Record<string, string | boolean | undefined>>

/** The `--format` every command has and starts with: for people, in a terminal. */
export const defaultFormat = 'terminal'

/** Check a `--format` value against what the command has (default: `terminal`). */
export function checkFormat(
  command: string,
  format: string | boolean | undefined,
  allowed: readonly string[],
): string {
  const value = typeof format === 'string' ? format : defaultFormat
  if (!allowed.includes(value))
    throw new UsageError(
      '`--format ' +
        value +
        '` kan niet bij ' +
        command +
        // The old name of the default, easily confused with `tekst`.
        (value === 'text' ? ' (die heet nu `terminal`)' : '') +
        '; kies ' +
        allowed.join(', '),
      command,
    )
  return value
}

/** Build or check `contentDir`; returns the exit code. */
export async function runBuild(
  command: 'build' | 'check',
  contentDir: string,
  values: Values,
  context: Context & {readonly out: (path: string) => string},
): Promise<number> {
  const format = checkFormat(command, values['format'], [defaultFormat, 'json'])
  const {cwd} = context
  const string = (name: string) =>
    typeof values[name] === 'string' ? context.out(values[name]) : undefined
  const outDir = string('out')
  const templatesDir = string('templates')
  const shard = parseShard(values['shard'], command)
  const started = performance.now()
  const progress = createProgress(context.stderr as Stream)
  // `check` takes what it found before of besluiten that did not change.
  const checkCache =
    command === 'check' && context.cache
      ? await openCheckCache(context.cache.folder, context.cache.code)
      : undefined
  const result = await build({
    contentDir,
    checkOnly: command === 'check',
    pdf: values['no-pdf'] !== true,
    force: values['force'] === true,
    ...(outDir ? {outDir} : {}),
    ...(templatesDir ? {templatesDir} : {}),
    ...(context.printer ? {printer: context.printer} : {}),
    ...(command === 'build' ? {onProgress: progress.onProgress} : {}),
    ...(shard ? {shard} : {}),
    ...(checkCache ? {checkCache} : {}),
  })
  await checkCache?.save()
  progress.clear()
  if (format === 'json') {
    context.stdout.write(
      JSON.stringify(collectMessages(result.files, {cwd}), undefined, 2) + '\n',
    )
  } else {
    if (hasErrors(result.files, {strict: true}) || command === 'check')
      context.stderr.write(formatReport(result.files, {cwd}))
    for (const besluit of result.besluiten) {
      for (const path of besluit.written)
        context.stdout.write(relative(cwd, path) + '\n')
    }
    if (command === 'build' && result.besluiten.length > 0)
      context.stderr.write(
        formatSummary(
          result,
          (performance.now() - started) / 1000,
          useColour(context.stderr as Stream, process.env),
        ),
      )
    if (result.besluiten.length === 0)
      context.stderr.write(
        'raadsstuk: geen besluiten (besluit.yaml) gevonden in `' +
          contentDir +
          '`\n',
      )
  }
  const warned =
    values['strict'] === true && hasErrors(result.files, {strict: true})
  return result.failed || warned || result.besluiten.length === 0 ? 1 : 0
}

/** `--shard 2/4` → part 2 of 4; a bad value is a usage error. */
export function parseShard(
  value: string | boolean | undefined,
  command: string,
): {index: number; count: number} | undefined {
  if (value === undefined) return undefined
  const match = typeof value === 'string' ? /^(\d+)\/(\d+)$/.exec(value) : null
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(
      '`--shard ' +
        String(value) +
        '` is geen deel: schrijf i/n met 1 ≤ i ≤ n, zoals `--shard 2/4`',
      command,
    )
  return {index, count}
}
