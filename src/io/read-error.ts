/**
 * Why a file or folder could not be read, said once in Dutch for every
 * command: it does not exist, or it cannot be read (no permission, or the
 * system's code).
 */

/** `bestaat niet`, or `kan niet worden gelezen: geen leesrechten (EACCES)`, or `kan niet worden gelezen (EIO)`. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'bestaat niet'
  return (
    'kan niet worden gelezen' +
    (code === 'EACCES' || code === 'EPERM' ? ': geen leesrechten' : '') +
    (code ? ' (' + code + ')' : '')
  )
}
