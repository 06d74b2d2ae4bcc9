// The shared countdown, large: minutes and seconds, "Paused" in words beside the time, or
// "Time is up". A change of state is announced politely; the ticking seconds are not.
import type { TimerState } from '@roundtable/shared'
import { type Translate, useT } from '../i18n/useT.ts'
import { type TimerDisplay, timerDisplay } from '../session/timerDisplay.ts'
import { useNow } from '../session/useNow.ts'
import { useAnnouncement } from '../ui/useAnnouncement.ts'

export function WallTimer({ timer, synced }: { timer: TimerState; synced: boolean }) {
  const t = useT()
  const display = timerDisplay(timer, useNow(timer.status === 'running'))
  const announcement = useAnnouncement(synced ? display.status : null, () => timerWords(display, t))
  return (
    <div className="wall-timer" data-testid="present-timer">
      {display.status !== 'none' && (
        <p className={`wall-timer-face is-${display.status}`}>
          <span className="visually-hidden">{t('session.timer.label')} </span>
          {display.status === 'up' ? (
            <span className="wall-timer-state" data-testid="present-timer-state">
              {t('session.timer.up')}
            </span>
          ) : (
            <>
              {display.status === 'paused' && (
                <span className="wall-timer-state" data-testid="present-timer-state">
                  <span aria-hidden="true">⏸️ </span>
                  {t('session.timer.paused')}
                </span>
              )}
              <span
                className="wall-time"
                role="timer"
                dir="ltr"
                aria-label={display.status === 'paused' ? t('session.timer.leftPaused') : t('session.timer.left')}
                data-testid="present-time"
              >
                {display.time}
              </span>
            </>
          )}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="present-timer-announcement">
        {announcement}
      </p>
    </div>
  )
}

function timerWords(display: TimerDisplay, t: Translate): string {
  switch (display.status) {
    case 'none':
      return t('session.timer.off')
    case 'running':
      return t('session.timer.running', { time: spokenTime(display.time, t) })
    case 'paused':
      return t('session.timer.pausedWith', { time: spokenTime(display.time, t) })
    case 'up':
      return t('session.timer.upSentence')
  }
}

/** "4:05" as "4 minutes 5 seconds" in the person's language, which screen readers say clearly. */
function spokenTime(time: string, t: Translate): string {
  const [minutes = '0', seconds = '0'] = time.split(':')
  const m = Number(minutes)
  const s = Number(seconds)
  if (m === 0) return t('session.seconds', { count: s })
  if (s === 0) return t('session.minutes', { count: m })
  return t('session.minutesAndSeconds', { minutes: t('session.minutes', { count: m }), seconds: t('session.seconds', { count: s }) })
}
