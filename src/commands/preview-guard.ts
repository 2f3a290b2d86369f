/**
 * The preview server's manners: it answers only this computer (the `Host`
 * header, against DNS rebinding), answers a bad address with 400 instead of
 * falling over, and moves to the next free port when its port is taken.
 */
import type {IncomingMessage, Server} from 'node:http'
import type {AddressInfo} from 'node:net'

/** Ports tried after a busy one, before giving up. */
export const portsToTry = 10

const localHosts = new Set(['localhost', '127.0.0.1'])

/** Why a request is not served (status and text), or `undefined` to serve it. */
export function refuse(
  request: IncomingMessage,
): {status: number; text: string} | undefined {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
  if (!localHosts.has(host))
    return {
      status: 403,
      text: 'raadsstuk preview: alleen te bekijken op deze computer, via http://127.0.0.1 of http://localhost',
    }
  try {
    decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  } catch {
    return {
      status: 400,
      text: 'raadsstuk preview: ongeldig adres (een % zonder twee hexadecimale cijfers erna)',
    }
  }
  return undefined
}

/**
 * Listen on 127.0.0.1 at `port`, or, when it is taken, at the next free one
 * of the following {@link portsToTry} (saying so through `notice`). Returns
 * the port; rejects with a Dutch message when none is free.
 */
export async function listen(
  server: Server,
  port: number,
  notice: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const last = port === 0 ? 0 : Math.min(65_535, port + portsToTry)
  for (let candidate = port; candidate <= last; candidate++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>(
      (done) => {
        const fail = (problem: NodeJS.ErrnoException) => done(problem)
        server.once('error', fail)
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', fail)
          done(undefined)
        })
      },
    )
    if (!error) {
      const {port: bound} = server.address() as AddressInfo
      if (candidate !== port)
        notice(
          'raadsstuk preview: poort ' +
            port +
            ' is bezet; de preview gebruikt poort ' +
            bound +
            '\n',
        )
      return bound
    }
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES')
      throw new Error(
        'de preview kan niet luisteren op poort ' +
          candidate +
          ': ' +
          error.message,
        {cause: error},
      )
  }
  throw new Error(
    'poort ' +
      port +
      (last > port ? ' tot en met ' + last : '') +
      ' is bezet; kies een andere met --port, zoals `--port 8080`',
  )
}
