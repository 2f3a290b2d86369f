/** `raadsstuk preview` on the command line: start, say where, stop on Ctrl-C. */
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
  const preview = await startPreview({
    contentDir,
    ...(typeof values['out'] === 'string' ? {outDir: values['out']} : {}),
    ...(typeof port === 'string' ? {port: Number(port)} : {}),
    onBuild: (report) => context.stderr.write(report),
  })
  context.stderr.write(
    'raadsstuk preview: ' + preview.url + ' (Ctrl-C stopt)\n',
  )
  await (context.untilStopped?.() ??
    new Promise<void>((done) => process.once('SIGINT', () => done())))
  await preview.close()
  return 0
}
