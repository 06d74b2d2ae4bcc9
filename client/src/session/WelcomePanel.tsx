// The opening voice, shown first to everyone during Welcome: words, a picture and a
// sound clip, whichever the room has. Anyone can close it.
import type { SessionState } from '@roundtable/shared'
import { useEffect, useRef } from 'react'
import { mediaUrl } from '../api/facilitatorApi.ts'

export function WelcomePanel({ roomId, welcome, onClose }: { roomId: string; welcome: SessionState['welcome']; onClose: () => void }) {
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
          Welcome
        </h2>
        {welcome.text && <p className="welcome-text">{welcome.text}</p>}
        {welcome.pictureId && <img className="welcome-picture" src={mediaUrl(roomId, welcome.pictureId)} alt="Opening picture" />}
        {welcome.audioId && <audio controls src={mediaUrl(roomId, welcome.audioId)} aria-label="Opening audio" />}
      </div>
      <button type="button" className="button secondary" onClick={onClose}>
        Close the welcome
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
