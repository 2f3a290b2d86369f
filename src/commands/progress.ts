/**
 * What a build says while it runs and when it is done: a progress line on a
 * terminal ("besluit 3 van 30"), and always a summary in Dutch ("3
 * besluiten, 8 documenten in 4,1 s; 1 ongewijzigd, 0 fouten"). Colour only
 * on a terminal and never with `NO_COLOR` (no-color.org).
 */
import type {BuildResult} from './build.js'
import {countErrors} from '../messages/problem.js'

/** A stream to write to, with whether it is a terminal. */
export interface Stream {
  write(text: string): unknown
  readonly isTTY?: boolean
}

/** Whether to colour text written to `stream`. */
export function useColour(
  stream: Stream,
  environment: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true && environment['NO_COLOR'] === undefined
}

/** A progress reporter for `build({onProgress})` that writes to a terminal only. */
export function createProgress(stream: Stream): {
  onProgress: (done: number, total: number, name: string) => void
  clear: () => void
} {
  let shown = false
  return {
    onProgress(done, total, name) {
      if (stream.isTTY !== true) return
      const line = 'besluit ' + done + ' van ' + total + ': ' + name
      stream.write('\r\u001B[K' + line.slice(0, 100))
      shown = true
    },
    clear() {
      if (shown) stream.write('\r\u001B[K')
      shown = false
    },
  }
}

/** The summary of a build, one line. */
export function formatSummary(
  result: BuildResult,
  seconds: number,
  colour: boolean,
): string {
  const besluiten = result.besluiten.length
  const documenten =
    result.besluiten.reduce(
      (sum, besluit) =>
        sum + besluit.written.filter((path) => path.endsWith('.html')).length,
      0,
    ) +
    result.site.filter((path) => /besluitenlijst[\\/][^\\/]+\.html$/.test(path))
      .length
  const unchanged = result.besluiten.filter((besluit) => besluit.skipped).length
  const errors = countErrors(result.files)
  const fouten = errors + (errors === 1 ? ' fout' : ' fouten')
  const paint = (code: number, text: string) =>
    colour ? '\u001B[' + code + 'm' + text + '\u001B[39m' : text
  return (
    plural(besluiten, 'besluit', 'besluiten') +
    ', ' +
    plural(documenten, 'document', 'documenten') +
    ' in ' +
    seconds.toFixed(1).replace('.', ',') +
    ' s; ' +
    unchanged +
    ' ongewijzigd' +
    (unchanged > 0 ? ' (--force maakt alles opnieuw)' : '') +
    ', ' +
    paint(errors > 0 ? 31 : 32, fouten) +
    '\n'
  )
}

function plural(count: number, one: string, more: string): string {
  return count + ' ' + (count === 1 ? one : more)
}
