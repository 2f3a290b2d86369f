/**
 * `raadsstuk help`: the overview of the commands and the help of one, printed
 * from the table of commands (`command-table.ts`).
 */
import {commands, globalOptions, type OptionSpec} from './command-table.js'

/** The overview: `raadsstuk help`. */
export function usage(): string {
  const width = 20
  const lines = ['Gebruik: raadsstuk <opdracht> [opties]', '', 'Opdrachten:']
  for (const [name, spec] of Object.entries(commands)) {
    const head = (name + ' ' + spec.usage).trim()
    if (head.length < width - 2)
      lines.push('  ' + head.padEnd(width) + spec.summary)
    else lines.push('  ' + head, ' '.repeat(width + 2) + spec.summary)
  }
  lines.push(
    '',
    'Algemene opties:',
    ...optionLines(globalOptions),
    '',
    'Meer over één opdracht: raadsstuk help <opdracht> of raadsstuk <opdracht> --help',
    '',
  )
  return lines.join('\n')
}

/** The help of one command: `raadsstuk help build`, `raadsstuk build --help`. */
export function commandHelp(name: string): string {
  const spec = commands[name]
  if (!spec) return usage()
  const lines = [
    ('Gebruik: raadsstuk ' + name + ' ' + spec.usage).trim() +
      (Object.keys(spec.options).length > 0 ? ' [opties]' : ''),
    '',
    spec.summary + '.',
  ]
  if (spec.details) lines.push('', spec.details)
  if (Object.keys(spec.options).length > 0)
    lines.push('', 'Opties:', ...optionLines(spec.options))
  lines.push('', 'Algemene opties:', ...optionLines(globalOptions), '')
  return lines.join('\n')
}

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  return Object.entries(options).map(([name, option]) => {
    const flag =
      (option.short ? '-' + option.short + ', ' : '    ') +
      '--' +
      name +
      (option.value ? ' <' + option.value + '>' : '')
    return '  ' + flag.padEnd(24) + ' ' + option.help
  })
}
