import { describe, expect, it } from 'vitest'
import { MAX_TEXT_CHARS, tokenise } from './tokenise.ts'

describe('tokenise', () => {
  it('lowercases and drops punctuation', () => {
    expect(tokenise('Waiting-room: too LOUD!!').words).toEqual(['waiting', 'room', 'too', 'loud'])
  })

  it("drops possessive 's and joins contractions", () => {
    expect(tokenise("My mum's carer doesn't know").words).toEqual(['my', 'mum', 'carer', 'doesnt', 'know'])
  })

  it('keeps words in other scripts whole, with their combining marks', () => {
    expect(tokenise('Dłuższe wizyty u lekarza').words).toEqual(['dłuższe', 'wizyty', 'u', 'lekarza'])
    expect(tokenise('مترجم في العيادة').words).toEqual(['مترجم', 'في', 'العيادة'])
    // Bengali vowel signs are marks (\p{M}); a letters-only pattern would cut this word apart.
    expect(tokenise('ডাক্তারের সময়').words).toEqual(['ডাক্তারের', 'সময়'])
  })

  it('splits unspaced Japanese and Chinese into character pairs', () => {
    expect(tokenise('待ち時間').words).toEqual(['待ち', 'ち時', '時間'])
  })

  it('notices pictures without counting them as words', () => {
    expect(tokenise('👍🏽 ❤️')).toEqual({ words: [], hasPictures: true })
    expect(tokenise('Free parking 🚗')).toEqual({ words: ['free', 'parking'], hasPictures: true })
    expect(tokenise('   ')).toEqual({ words: [], hasPictures: false })
  })

  it('reads only the start of a very long text', () => {
    const words = tokenise('wait '.repeat(MAX_TEXT_CHARS)).words
    expect(words.length).toBe(MAX_TEXT_CHARS / 5)
  })
})
