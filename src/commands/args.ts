/**
 * The command line's arguments, read with `node:util` parseArgs and checked
 * against the command's options (command-table.ts), with Dutch messages and
 * "bedoelde u …?" where a command or option is mistyped.
 */
import {parseArgs} from 'node:util'
import {didYouMean} from '../messages/suggest.js'
import {commands, globalOptions, type OptionSpec} from './command-table.js'

/** Parsed arguments: the command, its positionals and option values. */
export interface Arguments {
  readonly command: string | undefined
  readonly positionals: readonly string[]
  readonly values: Readonly<Record<string, string | boolean | undefined>>
}

/** A mistake on the command line: the message (Dutch) and exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point to, if known. */
    readonly command?: string,
  ) {
    super(message)
  }
}

/** Every option of every command; an option has one type wherever it occurs. */
function allOptions(): Record<string, OptionSpec> {
  const all: Record<string, OptionSpec> = {...globalOptions}
  for (const spec of Object.values(commands))
    for (const [name, option] of Object.entries(spec.options))
      all[name] = option
  return all
}

/** Read `argv`; throws a {@link UsageError} for an unknown command or option or a missing value. */
export function readArguments(argv: readonly string[]): Arguments {
  const options = allOptions()
  const {tokens} = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries(
      Object.entries(options).map(([name, option]) => [
        name,
        option.short
          ? {type: option.type, short: option.short}
          : {type: option.type},
      ]),
    ),
  })
  const positionals = tokens.flatMap((token) =>
    token.kind === 'positional' ? [token.value] : [],
  )
  const command = positionals[0]
  if (command !== undefined && !(command in commands))
    throw new UsageError(
      'onbekende opdracht `' +
        command +
        '`' +
        hint(didYouMean(command, Object.keys(commands))),
    )
  const allowed = {
    ...globalOptions,
    ...(command ? commands[command]?.options : {}),
  }
  const values: Record<string, string | boolean | undefined> = {}
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const spec = allowed[token.name]
    const where = command ? ' bij ' + command : ''
    if (!spec) {
      const names = Object.keys(allowed).map((name) => '--' + name)
      throw new UsageError(
        'onbekende optie `' +
          token.rawName +
          '`' +
          where +
          hint(didYouMean('--' + token.name, names)),
        command,
      )
    }
    if (spec.type === 'boolean') {
      if (token.inlineValue)
        throw new UsageError(
          'optie `--' + token.name + '` neemt geen waarde',
          command,
        )
      values[token.name] = true
    } else {
      const value = token.value
      if (value === undefined || (!token.inlineValue && value.startsWith('-')))
        throw new UsageError(
          'optie `--' +
            token.name +
            '` heeft een waarde nodig, zoals `--' +
            token.name +
            ' <' +
            (spec.value ?? 'waarde') +
            '>`',
          command,
        )
      values[token.name] = value
    }
  }
  return {command, positionals: positionals.slice(1), values}
}

function hint(suggestion: string | undefined): string {
  return suggestion ? '; ' + suggestion : ''
}
