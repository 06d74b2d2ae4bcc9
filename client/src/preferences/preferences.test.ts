import { describe, expect, it } from 'vitest'
import { preferredLanguage } from '../i18n/languages.ts'
import { defaultPreferences, parsePreferences } from './preferences.ts'

describe('preferences', () => {
  it('starts in the first browser language Roundtable speaks, else English', () => {
    expect(preferredLanguage(['pl-PL', 'en-GB'])).toBe('pl')
    expect(preferredLanguage(['so', 'ar-EG'])).toBe('ar')
    expect(preferredLanguage(['so', 'ti'])).toBe('en')
    expect(defaultPreferences(['ar']).language).toBe('ar')
  })

  it('reads back what was stored', () => {
    const chosen = { language: 'ar', easyRead: true, highContrast: true, textSize: 'largest', boardView: 'list' } as const
    expect(parsePreferences(JSON.stringify(chosen), defaultPreferences())).toEqual(chosen)
  })

  it('keeps the valid settings of a damaged or old entry and defaults the rest', () => {
    const defaults = defaultPreferences()
    expect(parsePreferences('{not json', defaults)).toEqual(defaults)
    expect(parsePreferences('null', defaults)).toEqual(defaults)
    expect(parsePreferences(null, defaults)).toEqual(defaults)
    const mixed = parsePreferences(JSON.stringify({ language: 'xx', easyRead: 'yes', textSize: 'large', boardView: 'list' }), defaults)
    expect(mixed).toEqual({ ...defaults, textSize: 'large', boardView: 'list' })
  })
})
