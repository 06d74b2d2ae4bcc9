// Light English stemming, so "appointments" meets "appointment" and "waiting" meets
// "wait". Only plural and -ed/-ing endings go (Porter's step 1): heavier stemming
// merges words that mean different things, and ideas are too short to recover from that.

const VOWEL = /[aeiou]/

function isConsonant(word: string, i: number): boolean {
  const c = word[i]
  if (c === undefined || VOWEL.test(c)) return false
  // "y" after a consonant sounds as a vowel ("carry"), after a vowel as a consonant ("play").
  if (c === 'y') return i === 0 || !isConsonant(word, i - 1)
  return true
}

/** Porter's measure: how many vowel-then-consonant runs the word has. */
function measure(word: string): number {
  let m = 0
  let previousVowel = false
  for (let i = 0; i < word.length; i++) {
    const vowel = !isConsonant(word, i)
    if (!vowel && previousVowel) m++
    previousVowel = vowel
  }
  return m
}

function hasVowel(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isConsonant(word, i)) return true
  return false
}

/** Consonant-vowel-consonant ending, last not w, x or y: "hop" (from "hoping") wants its "e" back. */
function endsShort(word: string): boolean {
  const n = word.length
  if (n < 3) return false
  const last = word[n - 1] ?? ''
  return isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && !'wxy'.includes(last)
}

function tidyAfterSuffix(word: string): string {
  if (/(at|bl|iz)$/.test(word)) return `${word}e`
  const n = word.length
  if (n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1) && !'lsz'.includes(word[n - 1] ?? '')) {
    return word.slice(0, -1)
  }
  if (measure(word) === 1 && endsShort(word)) return `${word}e`
  return word
}

function stripPlural(word: string): string {
  if (/(sses|xes|ches|shes|zzes)$/.test(word)) return word.slice(0, -2)
  if (/ies$/.test(word)) return word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1)
  if (/(ss|us|is)$/.test(word)) return word
  if (word.endsWith('s') && word.length > 3) return word.slice(0, -1)
  return word
}

/** Porter's step 5: "discharge" and "discharged" both end as "discharg", "cancelled" as "cancel". */
function tidyEnding(word: string): string {
  if (word.endsWith('e')) {
    const base = word.slice(0, -1)
    const m = measure(base)
    if (m > 1 || (m === 1 && !endsShort(base))) return base
  }
  if (word.endsWith('ll') && measure(word) > 1) return word.slice(0, -1)
  return word
}

/** Stems plain-ASCII English words; words in other scripts or with accents come back as they are. */
export function stem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word
  let w = stripPlural(word)
  if (/ied$/.test(w)) return w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1)
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
  } else {
    for (const suffix of ['ed', 'ing']) {
      if (!w.endsWith(suffix)) continue
      const base = w.slice(0, -suffix.length)
      if (base.length >= 2 && hasVowel(base)) w = tidyAfterSuffix(base)
      break
    }
  }
  return tidyEnding(w)
}
