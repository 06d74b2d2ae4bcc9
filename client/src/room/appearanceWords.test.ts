import { COLOURS, PICTURES } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../ui/testTranslators.ts'
import { colourWord, pictureWord } from './appearanceWords.ts'

describe('appearance words', () => {
  it('names every colour and picture in English as the shared lists do', () => {
    const english = translatorFor('en')
    for (const colour of COLOURS) expect(colourWord(colour.id, english)).toBe(colour.label)
    for (const picture of PICTURES) expect(pictureWord(picture.emoji, english)).toBe(picture.label)
  })

  it('names them in the person’s language', () => {
    expect(pictureWord('☕', translatorFor('pl'))).not.toBe('Cup of tea')
    expect(colourWord('teal', translatorFor('ar'))).not.toBe('Teal')
  })

  it('falls back for a picture or colour the lists do not have', () => {
    const english = translatorFor('en')
    expect(pictureWord('🛸', english)).toBe('Picture')
    expect(colourWord('gold', english)).toBe('Teal')
  })
})
