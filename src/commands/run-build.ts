/** `raadsstuk build` and `raadsstuk check` on the command line: options in, report and exit code out. */
import {relative} from 'node:path'
import {collectMessages, formatReport} from '../messages/report.js'
import {UsageError} from './args.js'
import {build} from './build.js'
import type {Context} from './main.js'

type Values = Readonly<Record<string, string | boolean | undefined>>

/** Check a `--format` value against what the command has. */
export function checkFormat(
  command: string,
  format: string | boolean | undefined,
  allowed: readonly string[],
): string {
  const value = typeof format === 'string' ? format : 'text'
  if (!allowed.includes(value))
    throw new UsageError(
      '`--format ' +
        value +
        '` kan niet bij ' +
        command +
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
  const format = checkFormat(command, values['format'], ['text', 'json'])
  const {cwd} = context
  const string = (name: string) =>
    typeof values[name] === 'string' ? context.out(values[name]) : undefined
  const outDir = string('out')
  const templatesDir = string('templates')
  const result = await build({
    contentDir,
    checkOnly: command === 'check',
    pdf: values['no-pdf'] !== true,
    force: values['force'] === true,
    ...(outDir ? {outDir} : {}),
    ...(templatesDir ? {templatesDir} : {}),
    ...(context.printer ? {printer: context.printer} : {}),
  })
  if (format === 'json') {
    context.stdout.write(
      JSON.stringify(collectMessages(result.files, {cwd}), undefined, 2) + '\n',
    )
  } else {
    const problems = result.files.some((file) => file.messages.length > 0)
    if (problems || command === 'check')
      context.stderr.write(formatReport(result.files, {cwd}))
    for (const besluit of result.besluiten) {
      for (const path of besluit.written)
        context.stdout.write(relative(cwd, path) + '\n')
    }
    const unchanged = result.besluiten.filter(
      (besluit) => besluit.skipped,
    ).length
    if (unchanged > 0) {
      context.stderr.write(
        unchanged +
          (unchanged === 1 ? ' besluit' : ' besluiten') +
          ' ongewijzigd (--force maakt alles opnieuw)\n',
      )
    }
    if (result.besluiten.length === 0)
      context.stderr.write(
        'raadsstuk: geen besluiten (besluit.yaml) gevonden in `' +
          contentDir +
          '`\n',
      )
  }
  const warned =
    values['strict'] === true &&
    result.files.some((file) => file.messages.length > 0)
  return result.failed || warned || result.besluiten.length === 0 ? 1 : 0
}
