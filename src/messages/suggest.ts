/**
 * "Did you mean …" for misspelt names. Pure.
 */

/** The candidate closest to `word` by edit distance, if it is close enough to be a typo. */
export function suggest(
  word: string,
  candidates: Iterable<string>,
): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution =
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        substitution,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** `; bedoelde u \`x\`?` or an empty string. */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
): string | undefined {
  const match = suggest(word, candidates)
  return match === undefined ? undefined : 'bedoelde u `' + match + '`?'
}
