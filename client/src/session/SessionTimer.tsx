// The shared countdown ("4:05", "Paused", "Time is up") and, for everyone, "I need more time".
import type { TimerState } from '@roundtable/shared'
import { useEffect, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { useAnnouncement } from '../ui/useAnnouncement.ts'
import { timerAnnouncement, timerDisplay } from './timerDisplay.ts'
import { useNow } from './useNow.ts'

export function SessionTimer({
  timer,
  synced,
  moreTimeCount,
  onAskForMoreTime,
}: {
  timer: TimerState
  /** The session has loaded: changes after this are announced. */
  synced: boolean
  moreTimeCount: number
  /** Resolves to an error sentence, or null when the request went through. */
  onAskForMoreTime: () => Promise<string | null>
}) {
  const t = useT()
  const now = useNow(timer.status === 'running')
  const display = timerDisplay(timer, now)
  const announcement = useAnnouncement(synced ? display.status : null, () => timerAnnouncement(display, t))
  const [asked, setAsked] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // The count starts again with each new timer, and so may each person's request.
  useEffect(() => {
    if (moreTimeCount === 0 || timer.status === 'idle') setAsked(false)
  }, [moreTimeCount, timer.status])

  const ask = async () => {
    setAsked(true)
    const problem = await onAskForMoreTime()
    setError(problem)
    if (problem) setAsked(false)
  }

  return (
    <div className="session-timer">
      {display.status !== 'none' && (
        <>
          <p className={`timer is-${display.status}`} data-testid="timer">
            <span className="visually-hidden">{t('session.timer.label')} </span>
            {display.status === 'up' ? (
              <span className="timer-state">{t('session.timer.up')}</span>
            ) : (
              <>
                {display.status === 'paused' && <span className="timer-state">{t('session.timer.paused')}</span>}
                <span
                  className="timer-time"
                  role="timer"
                  dir="ltr"
                  aria-label={display.status === 'paused' ? t('session.timer.leftPaused') : t('session.timer.left')}
                >
                  {display.time}
                </span>
              </>
            )}
          </p>
          <button type="button" className="button secondary" onClick={ask} disabled={asked} data-testid="more-time">
            <ButtonPicture emoji="⏳" />
            {asked ? t('session.timer.asked') : t('session.timer.moreTime')}
          </button>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
