/**
 * The `raadsstuk` command line, callable in-process: reads the arguments,
 * then imports only the module of the command that runs (so `--version` and
 * `check` do not load the browser or the PDF library). Returns the exit code:
 * 0 done, 1 a problem in the content or the environment, 2 a mistake on the
 * command line.
 */
import {readFileSync} from 'node:fs'
import {isAbsolute, relative, resolve} from 'node:path'
import type {Printer} from '../print/pdf.js'
import {readArguments, UsageError, type Arguments} from './args.js'
import {commandHelp, usage} from './help.js'
import {printAhead} from './print-ahead.js'

/** Where a run reads and writes; the process's own by default. */
export interface Context {
  /** Folder that relative paths start from and messages are relative to. */
  readonly cwd: string
  readonly stdout: {write(text: string): unknown}
  readonly stderr: {write(text: string): unknown}
  /** A printer to reuse instead of starting a browser (for embedding and tests). */
  readonly printer?: Printer
  /** Resolves when `preview` should stop (default: Ctrl-C). */
  readonly untilStopped?: () => Promise<void>
  /** Where `check` keeps what it found, for the code `code` (default: no cache; the bundled command line has one). */
  readonly cache?: {readonly folder: string; readonly code: string}
}

/** The context of the running process. */
export function processContext(): Context {
  return {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr}
}

/** Run the command line with `argv` (without node and the script). */
export async function main(
  argv: readonly string[],
  context: Context = processContext(),
): Promise<number> {
  let args: Arguments
  try {
    args = readArguments(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageError(context, error.message, error.command)
  }
  try {
    return await run(args, context)
  } catch (error) {
    if (error instanceof UsageError)
      return usageError(context, error.message, error.command)
    const message = error instanceof Error ? error.message : String(error)
    context.stderr.write('raadsstuk: ' + message + '\n')
    if (process.env['DEBUG'] && error instanceof Error)
      context.stderr.write(String(error.stack) + '\n')
    return 1
  }
}

function usageError(
  context: Context,
  message: string,
  command: string | undefined,
): number {
  context.stderr.write(
    'raadsstuk: ' +
      message +
      '\n' +
      (command
        ? '(`raadsstuk help ' + command + '` noemt de opties)\n'
        : '(`raadsstuk help` noemt de opdrachten)\n'),
  )
  return 2
}

async function run(args: Arguments, context: Context): Promise<number> {
  const {command, positionals, values} = args
  const out = context.stdout
  if (values['version']) {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {version: string}
    out.write(pkg.version + '\n')
    return 0
  }
  if (command === 'help' || values['help']) {
    const topic = command === 'help' ? positionals[0] : command
    if (topic !== undefined && command === 'help') readArguments([topic])
    out.write(topic === undefined ? usage() : commandHelp(topic))
    return 0
  }
  if (command === undefined) {
    context.stderr.write(usage())
    return 2
  }
  const path = (given: string) =>
    isAbsolute(given) || resolve(context.cwd) === process.cwd()
      ? given
      : resolve(context.cwd, given)
  const count = (min: number, max: number, what: string) => {
    if (positionals.length < min || positionals.length > max)
      throw new UsageError(
        command +
          ' ' +
          what +
          (positionals.length > max
            ? '; te veel: ' + positionals.slice(max).join(' ')
            : ''),
        command,
      )
  }
  switch (command) {
    case 'build':
    case 'check': {
      count(0, 1, 'neemt hoogstens één map')
      const contentDir = path(positionals[0] ?? 'content')
      // Chromium starts before the build loads, when it will likely print.
      const stop =
        command === 'build' && !context.printer
          ? await printAhead(
              contentDir,
              resolve(
                path(typeof values['out'] === 'string' ? values['out'] : 'out'),
              ),
              values,
            )
          : undefined
      try {
        const {runBuild} = await import('./run-build.js')
        return await runBuild(command, contentDir, values, {
          ...context,
          out: path,
        })
      } finally {
        await stop?.()
      }
    }
    case 'diff': {
      const {runDiff} = await import('./run-diff.js')
      return runDiff(positionals, values, context)
    }
    case 'preview': {
      count(0, 1, 'neemt hoogstens één map')
      const {runPreview} = await import('./run-preview.js')
      return runPreview(path(positionals[0] ?? 'content'), values, context)
    }
    case 'new': {
      count(1, 1, 'heeft één naam nodig, zoals `2026-03-10-speeltuin-centrum`')
      const {scaffoldBesluit} = await import('./new.js')
      const content = values['content']
      const created = await scaffoldBesluit(positionals[0] ?? '', {
        contentDir: path(typeof content === 'string' ? content : 'content'),
        ...(typeof values['datum'] === 'string'
          ? {datum: values['datum']}
          : {}),
        ...(values['zonder-rib'] === true ? {raadsinformatiebrief: false} : {}),
        ...(typeof values['soort'] === 'string'
          ? {soort: values['soort']}
          : {}),
        ...(typeof values['gemeente'] === 'string'
          ? {gemeente: values['gemeente']}
          : {}),
        projectDir: context.cwd,
      })
      out.write(relative(context.cwd, created) + '\n')
      return 0
    }
    case 'textconv': {
      count(1, 1, 'heeft één bestand nodig')
      const {textconv} = await import('./textconv.js')
      out.write(await textconv(path(positionals[0] ?? '')))
      return 0
    }
    case 'schema': {
      count(0, 1, 'neemt hoogstens één argument: `organisatie`')
      if (positionals[0] === 'organisatie') {
        const {createOrganisatieJsonSchema} =
          await import('../check/organisatie-schema.js')
        out.write(
          JSON.stringify(createOrganisatieJsonSchema(), undefined, 2) + '\n',
        )
        return 0
      }
      if (positionals[0] !== undefined && positionals[0] !== 'besluit')
        throw new UsageError(
          'schema kent `besluit` en `organisatie`, niet `' +
            positionals[0] +
            '`',
          command,
        )
      const {createJsonSchema} = await import('../check/schema.js')
      const {defaultRegistry} = await import('../render/document-types.js')
      const documents = defaultRegistry.types.map((type) => type.id)
      out.write(
        JSON.stringify(createJsonSchema({documents}), undefined, 2) + '\n',
      )
      return 0
    }
    default:
      throw new UsageError('onbekende opdracht `' + command + '`')
  }
}
