// Starting, pausing, extending and clearing the shared timer, and how many people asked
// for more time (never who).
import { MAX_TIMER_MS, type TimerState } from '@roundtable/shared'
import { type FormEvent, useId, useState } from 'react'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

const MINUTE = 60_000

export function TimerControls({ timer, moreTimeCount, commands }: { timer: TimerState; moreTimeCount: number; commands: FacilitatorCommands }) {
  const id = useId()
  const [minutes, setMinutes] = useState('5')

  const start = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(minutes.replace(',', '.'))
    if (!Number.isFinite(value) || value <= 0 || value * MINUTE > MAX_TIMER_MS) {
      return commands.showError(`Please type a number of minutes from 1 to ${MAX_TIMER_MS / MINUTE}.`)
    }
    void commands.send({ type: 'timer', timer: { op: 'start', ms: Math.round(value * MINUTE) } })
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-timer`}>
      <h3 id={`${id}-timer`}>Timer</h3>
      <form className="inline-form" onSubmit={start}>
        <label htmlFor={`${id}-minutes`}>Minutes</label>
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
          Start timer
        </button>
      </form>
      <p className="actions">
        {timer.status === 'running' && (
          <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'pause' } })}>
            Pause
          </button>
        )}
        {timer.status === 'paused' && (
          <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'resume' } })}>
            Resume
          </button>
        )}
        {timer.status !== 'idle' && (
          <>
            <button
              type="button"
              className="button secondary small"
              onClick={() => void commands.send({ type: 'timer', timer: { op: 'extend', ms: MINUTE } })}
            >
              +1 minute
            </button>
            <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'timer', timer: { op: 'clear' } })}>
              Clear timer
            </button>
          </>
        )}
      </p>
      <p data-testid="more-time-count" aria-live="polite">
        {moreTimeText(moreTimeCount)}
      </p>
    </section>
  )
}

export function moreTimeText(count: number): string {
  if (count === 0) return 'Nobody has asked for more time.'
  return `${count} ${count === 1 ? 'person' : 'people'} asked for more time`
}
