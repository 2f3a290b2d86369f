/**
 * The search of the site: a few lines of plain JavaScript that show the
 * search field (hidden without JavaScript) and filter the search index as
 * the reader types. Progressive enhancement: the pages work without it.
 */

/** The script, after the index in `zoekindex.js` (the pages' CSP allows no inline script). */
export const searchScript = `document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('zoeken')
  var index = window.raadsstukZoekindex
  if (!form || !Array.isArray(index)) return
  var basis = form.getAttribute('data-basis') || ''
  var input = document.getElementById('zoekterm')
  var results = document.getElementById('zoekresultaten')
  var fold = function (text) {
    return text.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '')
  }
  form.hidden = false
  form.addEventListener('submit', function (event) { event.preventDefault() })
  input.addEventListener('input', function () {
    var terms = fold(input.value).split(/\\s+/).filter(Boolean)
    results.textContent = ''
    if (terms.length === 0) return
    var hits = index.filter(function (entry) {
      return terms.every(function (term) { return entry.z.indexOf(term) !== -1 })
    })
    var count = document.createElement('p')
    count.textContent = hits.length + (hits.length === 1 ? ' besluit gevonden' : ' besluiten gevonden')
    results.appendChild(count)
    var list = document.createElement('ul')
    hits.slice(0, 50).forEach(function (hit) {
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = basis + hit.u
      link.textContent = hit.o + ' (' + hit.d + ')'
      item.appendChild(link)
      list.appendChild(item)
    })
    results.appendChild(list)
  })
})`
