/** `raadsstuk preview` on the command line: start, say where, stop on Ctrl-C. */
import {UsageError} from './args.js'
import type {Context} from './main.js'
import {startPreview} from './preview.js'

type Values = Readonly<Record<string, string | boolean | undefined>>

/** Serve the preview until stopped; returns the exit code. */
export async function runPreview(
  contentDir: string,
  values: Values,
  context: Context,
): Promise<number> {
  const port = values['port']
  if (
    typeof port === 'string' &&
    !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65_535)
  )
    throw new UsageError(
      '`--port ' +
        port +
        '` is geen poortnummer: kies een getal van 1 tot en met 65535, zoals `--port 4321`',
      'preview',
    )
  const preview = await startPreview({
    contentDir,
    ...(typeof values['out'] === 'string' ? {outDir: values['out']} : {}),
    ...(typeof values['templates'] === 'string'
      ? {templatesDir: values['templates']}
      : {}),
    ...(typeof port === 'string' ? {port: Number(port)} : {}),
    onBuild: (report) => context.stderr.write(report),
    onNotice: (text) => context.stderr.write(text),
  })
  context.stderr.write(
    'raadsstuk preview: ' + preview.url + ' (Ctrl-C stopt)\n',
  )
  await (context.untilStopped?.() ??
    new Promise<void>((done) => process.once('SIGINT', () => done())))
  await preview.close()
  return 0
}
