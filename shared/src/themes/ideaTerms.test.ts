import { describe, expect, it } from 'vitest'
import { CARE_CONCEPTS } from './careLexicon.ts'
import { ideaTerms, isFamilyTerm, lexiconLabel } from './ideaTerms.ts'
import { isStopWord } from './stopWords.ts'
import { tokenise } from './tokenise.ts'

const words = (text: string) => ideaTerms(text).terms.filter((term) => lexiconLabel(term) === undefined)
const labels = (text: string) => ideaTerms(text).terms.flatMap((term) => (isFamilyTerm(term) ? [] : [lexiconLabel(term) ?? []].flat()))

describe('ideaTerms', () => {
  it('keeps the words that carry meaning, stemmed', () => {
    expect(words('I would like the appointments to be on time')).toEqual(['appointment', 'time'])
  })

  it('drops bare numbers but keeps words with digits', () => {
    expect(words('Wait 45 hours for 111')).toEqual(['wait', 'hour'])
    expect(words('No 4g signal')).toEqual(['4g', 'signal'])
  })

  it('relates different words for the same concern through the care lexicon', () => {
    expect(labels('bus fare')).toEqual(expect.arrayContaining(['Getting there', 'Costs']))
    expect(labels('parking')).toContain('Getting there')
    expect(labels('an interpreter who speaks Somali')).toEqual(['Languages', 'Languages'])
  })

  it('notes the spellings of each word, for naming', () => {
    expect(ideaTerms('Appointments, appointments, appointment').spellings.get('appointment')).toEqual([
      'appointments',
      'appointments',
      'appointment',
    ])
  })

  it('keeps words in other languages', () => {
    expect(words('Dłuższe wizyty u lekarza')).toEqual(['dłuższe', 'wizyty', 'u', 'lekarza'])
  })
})

describe('care lexicon', () => {
  it('lists single words that are not stop words, so every entry can match', () => {
    for (const concept of CARE_CONCEPTS) {
      for (const word of concept.words.split(/\s+/).filter((w) => w !== '')) {
        expect(tokenise(word).words, `${concept.label}: ${word}`).toEqual([word])
        expect(isStopWord(word), `${concept.label}: ${word}`).toBe(false)
      }
    }
  })

  it('names concepts in one to three words, each name once', () => {
    const names = CARE_CONCEPTS.map((concept) => concept.label)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name.split(' ').length).toBeLessThanOrEqual(3)
  })
})
