// The opening voice, shown first to everyone during Welcome: words, a picture and a
// sound clip, whichever the room has, with "Read aloud" beside the words. Anyone can close it.
import type { SessionState } from '@roundtable/shared'
import { useEffect, useRef } from 'react'
import { mediaUrl } from '../api/facilitatorApi.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'

export function WelcomePanel({ roomId, welcome, onClose }: { roomId: string; welcome: SessionState['welcome']; onClose: () => void }) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  // First thing on arrival; but someone busy elsewhere on the page keeps their place.
  useEffect(() => {
    const active = document.activeElement
    if (!active || active === document.body || active.tagName === 'H1') heading.current?.focus()
  }, [])
  return (
    <section className="welcome-panel" aria-labelledby="welcome-title" data-testid="welcome-panel">
      <div className="welcome-content">
        <h2 id="welcome-title" ref={heading} tabIndex={-1}>
          {t('session.welcome.title')}
        </h2>
        {/* The facilitator's own words: read in their language, not the screen's. */}
        {welcome.text && <Instruction className="welcome-text" text={welcome.text} ownWords />}
        {welcome.pictureId && <img className="welcome-picture" src={mediaUrl(roomId, welcome.pictureId)} alt={t('session.welcome.picture')} />}
        {welcome.audioId && <audio controls src={mediaUrl(roomId, welcome.audioId)} aria-label={t('session.welcome.audio')} />}
        <Instruction className="hint" text={t('session.welcome.hint')} />
      </div>
      <button type="button" className="button secondary" onClick={onClose}>
        <ButtonPicture emoji="✖️" />
        {t('session.welcome.close')}
      </button>
    </section>
  )
}

/** Whether the room has an opening voice to show. */
export function hasWelcome(welcome: SessionState['welcome']): boolean {
  return welcome.text.trim() !== '' || welcome.pictureId !== null || welcome.audioId !== null
}

/** Changes whenever the opening voice does, so an updated welcome is shown again. */
export function welcomeSignature(welcome: SessionState['welcome']): string {
  return `${welcome.text}\u0000${welcome.pictureId ?? ''}\u0000${welcome.audioId ?? ''}`
}
