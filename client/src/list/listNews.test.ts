import type { Idea } from '@roundtable/shared'
import { describe, expect, it } from 'vitest'
import { englishCatalog } from '../i18n/catalogs.ts'
import { messages as polish } from '../i18n/messages/pl/index.ts'
import { translate } from '../i18n/translate.ts'
import { type BoardNow, FIRST_LOOK, type NewsWatch, SETTLE_MS, lookForNews } from './listNews.ts'
import { newsWords } from './newsWords.ts'

const idea = (id: string, text: string, authorId = 'ben'): Idea => ({ id, text, authorId, picture: '🦉', themeId: null, createdAt: 1 })

/** Ana's list: looks at the board at each moment in turn, as the hook does, and keeps what it would say. */
function watchAs(selfId = 'ana') {
  let watch: NewsWatch = FIRST_LOOK
  return (board: Omit<BoardNow, 'selfId'>) => {
    const look = lookForNews(watch, { ...board, selfId })
    watch = look.watch
    return look
  }
}

const english = (key: string, params?: Record<string, string | number>) => translate({ locale: 'en', catalog: englishCatalog, fallback: englishCatalog, easyRead: false }, key, params)

describe('list news', () => {
  it('says nothing about the ideas and phase there on load', () => {
    const look = watchAs()
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 0 }).news).toEqual([])
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 5000 }).news).toEqual([])
  })

  it('announces someone else’s new idea once its words have settled', () => {
    const look = watchAs()
    look({ ideas: [], phase: 'add-ideas', now: 0 })
    const arriving = look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 1000 })
    expect(arriving.news).toEqual([])
    expect(arriving.lookAgainIn).toBe(SETTLE_MS)
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 1000 + SETTLE_MS }).news).toEqual([{ kind: 'idea', text: 'Shorter waits' }])
    // Once said, never again.
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 9000 }).news).toEqual([])
  })

  it('waits while a canvas card is still being typed, instead of reading each letter', () => {
    const look = watchAs()
    look({ ideas: [], phase: 'add-ideas', now: 0 })
    expect(look({ ideas: [idea('a', '')], phase: 'add-ideas', now: 100 }).lookAgainIn).toBeNull()
    expect(look({ ideas: [idea('a', 'Sh')], phase: 'add-ideas', now: 200 }).news).toEqual([])
    expect(look({ ideas: [idea('a', 'Shorter')], phase: 'add-ideas', now: 200 + SETTLE_MS - 1 }).news).toEqual([])
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 200 + SETTLE_MS * 2 }).news).toEqual([])
    expect(look({ ideas: [idea('a', 'Shorter waits')], phase: 'add-ideas', now: 200 + SETTLE_MS * 3 }).news).toEqual([{ kind: 'idea', text: 'Shorter waits' }])
  })

  it('counts ideas that arrive together, such as a reveal, instead of reading them all', () => {
    const look = watchAs()
    look({ ideas: [], phase: 'add-ideas', now: 0 })
    const revealed = [idea('a', 'One'), idea('b', 'Two'), idea('c', 'Three', 'cleo')]
    look({ ideas: revealed, phase: 'add-ideas', now: 10 })
    expect(look({ ideas: revealed, phase: 'add-ideas', now: 10 + SETTLE_MS }).news).toEqual([{ kind: 'ideas', count: 3 }])
  })

  it('never announces this person’s own ideas', () => {
    const look = watchAs('ana')
    look({ ideas: [], phase: 'add-ideas', now: 0 })
    look({ ideas: [idea('mine', 'My idea', 'ana')], phase: 'add-ideas', now: 10 })
    expect(look({ ideas: [idea('mine', 'My idea', 'ana')], phase: 'add-ideas', now: 10 + SETTLE_MS }).news).toEqual([])
  })

  it('forgets an idea withdrawn before it was announced', () => {
    const look = watchAs()
    look({ ideas: [], phase: 'add-ideas', now: 0 })
    look({ ideas: [idea('a', 'Oops')], phase: 'add-ideas', now: 10 })
    const gone = look({ ideas: [], phase: 'add-ideas', now: 20 })
    expect(gone.lookAgainIn).toBeNull()
    expect(look({ ideas: [], phase: 'add-ideas', now: 10 + SETTLE_MS }).news).toEqual([])
  })

  it('announces a change of phase, but not the phase found when the session loads', () => {
    const look = watchAs()
    look({ ideas: [], phase: null, now: 0 })
    expect(look({ ideas: [], phase: 'group', now: 10 }).news).toEqual([])
    expect(look({ ideas: [], phase: 'vote', now: 20 }).news).toEqual([{ kind: 'phase', phase: 'vote' }])
  })
})

describe('list news in words', () => {
  it('reads a phase with what to do now, an idea with its words, and several as a number', () => {
    expect(newsWords([{ kind: 'phase', phase: 'vote' }], english)).toBe('Now: Vote. Use your dots to vote for the ideas that matter most to you.')
    expect(newsWords([{ kind: 'idea', text: 'Shorter waits' }], english)).toBe('New idea: Shorter waits')
    expect(newsWords([{ kind: 'phase', phase: 'group' }, { kind: 'ideas', count: 3 }], english)).toBe('Now: Group into themes. Put ideas that go together into themes. 3 new ideas')
  })

  it('counts new ideas in Polish with Polish plural forms', () => {
    const inPolish = (key: string, params?: Record<string, string | number>) => translate({ locale: 'pl', catalog: polish, fallback: englishCatalog, easyRead: false }, key, params)
    expect(newsWords([{ kind: 'ideas', count: 3 }], inPolish)).toBe('3 nowe pomysły')
    expect(newsWords([{ kind: 'ideas', count: 5 }], inPolish)).toBe('5 nowych pomysłów')
  })
})
