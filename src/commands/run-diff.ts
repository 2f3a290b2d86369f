/** `raadsstuk diff` on the command line: versions and besluiten from the arguments, the diff in the chosen form. */
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, relative, resolve} from 'node:path'
import {compareVersions} from '../diff/compare.js'
import {formatChangeList} from '../diff/change-list.js'
import {formatDiff} from '../diff/format.js'
import {isVersion} from '../io/versions.js'
import {UsageError} from './args.js'
import type {Context} from './main.js'
import {checkFormat, defaultFormat} from './run-build.js'

type Values = Readonly<Record<string, string | boolean | undefined>>

/**
 * Compare two versions; folders and git revisions are read from the
 * process's working folder (`context.cwd` names paths in the output).
 * Returns the exit code (with `--exit-code`: 1 when anything changed).
 */
export async function runDiff(
  args: readonly string[],
  values: Values,
  context: Context,
): Promise<number> {
  const format = checkFormat('diff', values['format'], [
    defaultFormat,
    'tekst',
    'json',
  ])
  const [from, ...others] = args
  if (from === undefined)
    throw new UsageError(
      'diff heeft ten minste een versie nodig, zoals `HEAD~1`',
      'diff',
    )
  const {cwd} = context
  const contentDir =
    typeof values['content'] === 'string' ? values['content'] : 'content'
  const [candidate, ...names] = others
  const to =
    candidate !== undefined && (await isVersion(candidate, contentDir))
      ? candidate
      : undefined
  const besluiten =
    to === undefined && candidate !== undefined ? [candidate, ...names] : names
  const comparison = await compareVersions(from, to, {
    contentDir,
    besluiten,
    cwd,
    ...(typeof values['templates'] === 'string'
      ? {templatesDir: resolve(cwd, values['templates'])}
      : {}),
  })
  if (typeof values['html'] === 'string') {
    for (const [key, html] of comparison.redlines) {
      const path = resolve(cwd, values['html'], key.replace('/', '-') + '.html')
      await mkdir(dirname(path), {recursive: true})
      await writeFile(path, html)
      context.stderr.write(relative(cwd, path) + '\n')
    }
  }
  const {diffs, labels} = comparison
  if (format === 'json')
    context.stdout.write(JSON.stringify(diffs, undefined, 2) + '\n')
  else if (format === 'tekst')
    context.stdout.write(formatChangeList(diffs, labels))
  else context.stdout.write(formatDiff(diffs, labels))
  const changed = diffs.some((diff) => diff.status !== 'ongewijzigd')
  return values['exit-code'] === true && changed ? 1 : 0
}
