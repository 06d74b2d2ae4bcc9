// Words for a polite live region when ideas appear on the wall screen: none for what was
// there when it loaded, and each new idea once, after its writer has paused, so a screen
// reader hears the idea and not every letter as it is typed.
import type { Idea } from '@roundtable/shared'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'

/** How long an idea's words must stay still before it is read out. */
const SETTLE_MS = 2500

export function useNewIdeaAnnouncement(ideas: readonly Idea[], ready: boolean): string {
  const t = useT()
  const [text, setText] = useState('')
  const known = useRef<Set<string> | null>(null)

  useEffect(() => {
    if (!ready) return
    if (known.current === null) {
      known.current = new Set(ideas.map((idea) => idea.id))
      return
    }
    const seen = known.current
    const fresh = ideas.filter((idea) => !seen.has(idea.id))
    if (fresh.length === 0) return
    // Every keystroke brings a new `ideas`, which restarts the wait.
    const timer = window.setTimeout(() => {
      for (const idea of fresh) seen.add(idea.id)
      setText(fresh.map((idea) => t('present.newIdea', { text: idea.text })).join(' '))
    }, SETTLE_MS)
    return () => window.clearTimeout(timer)
  }, [ideas, ready, t])

  return text
}
