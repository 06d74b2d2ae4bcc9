import { type TLCurrentUser, type TLUserPreferences, atom, createTLCurrentUser } from 'tldraw'
import { describe, expect, it } from 'vitest'
import type { LanguageCode } from '../i18n/languages.ts'
import { canvasUser } from './useCanvasUser.ts'

function setUp(language: string) {
  const stored = atom<TLUserPreferences>('stored', { id: 'someone', locale: 'fr', isSnapMode: true })
  const saved: TLCurrentUser = createTLCurrentUser({ userPreferences: stored, setUserPreferences: (preferences) => stored.set(preferences) })
  const locale = atom('language', language)
  const chosen: LanguageCode[] = []
  const user = canvasUser(locale, saved, (code) => chosen.push(code))
  return { stored, locale, chosen, user }
}

describe('the canvas user', () => {
  it('speaks the language chosen for Roundtable, whatever tldraw saved, and follows a change at once', () => {
    const { locale, user } = setUp('ar')
    expect(user.userPreferences.get()).toMatchObject({ locale: 'ar', isSnapMode: true })
    locale.set('pl')
    expect(user.userPreferences.get().locale).toBe('pl')
  })

  it('keeps settings changed in tldraw, without saving Roundtable’s language as tldraw’s', () => {
    const { stored, user } = setUp('ar')
    user.setUserPreferences({ ...user.userPreferences.get(), isSnapMode: false })
    expect(stored.get()).toMatchObject({ locale: 'fr', isSnapMode: false })
    expect(user.userPreferences.get()).toMatchObject({ locale: 'ar', isSnapMode: false })
  })

  it('makes a Roundtable language chosen in tldraw’s menu the person’s language, and ignores the others', () => {
    const { chosen, user } = setUp('en')
    user.setUserPreferences({ ...user.userPreferences.get(), locale: 'pl' })
    user.setUserPreferences({ ...user.userPreferences.get(), locale: 'de' })
    expect(chosen).toEqual(['pl'])
  })
})
