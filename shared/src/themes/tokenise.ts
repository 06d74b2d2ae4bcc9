// Splits an idea's text into lowercase words in any script, and notices pictures (emoji),
// so that themes can be suggested from the words alone.

/** Longer texts are cut here: a sticky note that long is rare, and the cut keeps suggestions fast. */
export const MAX_TEXT_CHARS = 20_000

// A word starts with a letter or digit and may carry combining marks: Bengali and
// Devanagari vowel signs and Arabic diacritics are marks (\p{M}), not letters.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu
// Han, Hiragana and Katakana are written without spaces, so a "word" there is a whole
// phrase; overlapping character pairs stand in for words.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u
const PICTURE = /\p{Extended_Pictographic}/u

export interface IdeaWords {
  words: string[]
  hasPictures: boolean
}

export function tokenise(text: string): IdeaWords {
  const clipped = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text
  const lower = clipped
    .normalize('NFKC')
    .toLowerCase()
    // "mum's" names the mum; "don't" becomes "dont", which the stop-word list knows.
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}])/gu, '')
  const words: string[] = []
  for (const match of lower.matchAll(WORD)) {
    const word = match[0]
    if (UNSPACED.test(word) && word.length > 2) {
      const chars = [...word]
      for (let i = 0; i + 1 < chars.length; i++) words.push(`${chars[i]}${chars[i + 1]}`)
    } else {
      words.push(word)
    }
  }
  return { words, hasPictures: PICTURE.test(clipped) }
}
