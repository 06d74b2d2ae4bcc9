// Starting, pausing, extending and clearing the shared timer, and how many people asked
// for more time (never who).
import { MAX_TIMER_MS, type TimerState } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

const MINUTE = 60_000

export function TimerControls({ timer, moreTimeCount, commands }: { timer: TimerState; moreTimeCount: number; commands: FacilitatorCommands }) {
  const t = useT()
  const id = useId()
  const [minutes, setMinutes] = useState('5')

  const start = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(minutes.replace(',', '.'))
    if (!Number.isFinite(value) || value <= 0 || value * MINUTE > MAX_TIMER_MS) {
      return commands.showError(t('facilitate.timer.badMinutes', { max: MAX_TIMER_MS / MINUTE }))
    }
    void commands.send({ type: 'timer', timer: { op: 'start', ms: Math.round(value * MINUTE) } })
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-timer`}>
      <h3 id={`${id}-timer`}>{t('facilitate.timer.title')}</h3>
      <form className="inline-form" onSubmit={start}>
        <label htmlFor={`${id}-minutes`}>{t('facilitate.timer.minutes')}</label>
        <input
          id={`${id}-minutes`}
          className="number-input"
          type="number"
          inputMode="decimal"
          min={1}
          max={MAX_TIMER_MS / MINUTE}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <button type="submit" className="button primary small">
          <ButtonPicture emoji="⏱️" />
          {t('facilitate.timer.start')}
        </button>
      </form>
      <p className="actions">
        {timer.status === 'running' && (
          <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'pause' } })}>
            <ButtonPicture emoji="⏸️" />
            {t('facilitate.timer.pause')}
          </button>
        )}
        {timer.status === 'paused' && (
          <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'resume' } })}>
            <ButtonPicture emoji="▶️" />
            {t('facilitate.timer.resume')}
          </button>
        )}
        {timer.status !== 'idle' && (
          <>
            <button
              type="button"
              className="button secondary small"
              onClick={() => void commands.send({ type: 'timer', timer: { op: 'extend', ms: MINUTE } })}
            >
              <ButtonPicture emoji="➕" />
              {t('facilitate.timer.extend')}
            </button>
            <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'clear' } })}>
              <ButtonPicture emoji="⏹️" />
              {t('facilitate.timer.clear')}
            </button>
          </>
        )}
      </p>
      <p data-testid="more-time-count" aria-live="polite">
        {t('facilitate.timer.moreTime', { count: moreTimeCount })}
      </p>
    </section>
  )
}
