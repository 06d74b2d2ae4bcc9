// The list view's live region words: looks at the board each time it changes, and again when
// a new idea's words should have settled. The count changes the region even for the same words.
import type { Idea, Phase } from '@roundtable/shared'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { FIRST_LOOK, lookForNews } from './listNews.ts'
import { newsWords } from './newsWords.ts'

export function useListNews(ideas: readonly Idea[], phase: Phase | null, selfId: string): { text: string; count: number } {
  const t = useT()
  const watch = useRef(FIRST_LOOK)
  const [said, setSaid] = useState({ text: '', count: 0 })
  const [lookAgain, setLookAgain] = useState(0)

  useEffect(() => {
    const look = lookForNews(watch.current, { ideas, phase, selfId, now: Date.now() })
    watch.current = look.watch
    if (look.news.length > 0) {
      const text = newsWords(look.news, t)
      setSaid((last) => ({ text, count: last.count + 1 }))
    }
    if (look.lookAgainIn === null) return
    const timer = window.setTimeout(() => setLookAgain((n) => n + 1), look.lookAgainIn + 50)
    return () => window.clearTimeout(timer)
  }, [ideas, phase, selfId, t, lookAgain])

  return said
}
