/**
 * The preview's reload script in a served page: it listens to the preview's
 * event stream and reloads the page, or shows why the besluit does not build.
 * The documents' Content-Security-Policy allows no script and no connection,
 * so the served copy's policy gains this script's nonce and `connect-src
 * 'self'`; the files in `out/` keep theirs.
 */
import {randomBytes} from 'node:crypto'

/** A fresh nonce for one response. */
export function nonce(): string {
  return randomBytes(16).toString('base64')
}

/** The script, allowed by `nonce`. */
export function reloadScript(nonce: string): string {
  return `<script nonce="${nonce}">
(() => {
  const source = new EventSource('/__raadsstuk/events')
  source.addEventListener('reload', () => location.reload())
  source.addEventListener('problems', (event) => {
    let box = document.getElementById('raadsstuk-problemen')
    if (!box) {
      box = document.createElement('pre')
      box.id = 'raadsstuk-problemen'
      box.setAttribute('role', 'alert')
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#fff3f3;color:#7a0f0f;border-top:4px solid #a00000;font:14px/1.4 monospace;white-space:pre-wrap;z-index:9999'
      document.body.append(box)
    }
    box.textContent = 'Dit besluit bouwt niet; de laatste goede versie staat hierboven.\\n\\n' + JSON.parse(event.data)
  })
})()
</script>`
}

const policyMeta =
  /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/i

/** `html` with the reload script before `</body>`, and its policy (if any) allowing it. */
export function withReload(html: string): string {
  const value = nonce()
  return html
    .replace(
      policyMeta,
      (_, start: string, policy: string, end: string) =>
        start + allowReload(policy, value) + end,
    )
    .replace('</body>', reloadScript(value) + '\n</body>')
}

/** `policy` with the script of `nonce` and connections to the preview itself allowed. */
export function allowReload(policy: string, nonce: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
  const add = (name: string, source: string) => {
    const index = directives.findIndex(
      (directive) => directive.split(/\s+/)[0] === name,
    )
    if (index < 0) directives.push(name + ' ' + source)
    else directives[index] += ' ' + source
  }
  add('script-src', "'nonce-" + nonce + "'")
  add('connect-src', "'self'")
  return directives.join('; ')
}
