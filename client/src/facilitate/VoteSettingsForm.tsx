// How voting works: how many dots each person gets (the same for everyone), whether one
// idea may take several of a person's dots, and whether counts stay hidden until the end.
import { MAX_VOTE_BUDGET, type VoteSettings } from '@roundtable/shared'
import { type FormEvent, useEffect, useId, useState } from 'react'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function VoteSettingsForm({ settings, commands }: { settings: VoteSettings; commands: FacilitatorCommands }) {
  const id = useId()
  const [budget, setBudget] = useState(String(settings.budget))
  const [multiple, setMultiple] = useState(settings.multiplePerIdea)
  const [hide, setHide] = useState(settings.hideTallies)
  const [saved, setSaved] = useState('')

  // Another facilitator may change them: show what the room has now.
  useEffect(() => {
    setBudget(String(settings.budget))
    setMultiple(settings.multiplePerIdea)
    setHide(settings.hideTallies)
  }, [settings.budget, settings.multiplePerIdea, settings.hideTallies])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const dots = Number(budget)
    if (!Number.isInteger(dots) || dots < 1 || dots > MAX_VOTE_BUDGET) {
      return commands.showError(`Dots each person gets must be a whole number from 1 to ${MAX_VOTE_BUDGET}.`)
    }
    const ok = await commands.send({ type: 'set-vote-settings', settings: { budget: dots, multiplePerIdea: multiple, hideTallies: hide } })
    setSaved(ok ? 'Vote settings saved.' : '')
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-votes`}>
      <h3 id={`${id}-votes`}>Voting</h3>
      <form className="stack-small" onSubmit={save}>
        <div className="inline-form">
          <label htmlFor={`${id}-budget`}>Dots each person gets</label>
          <input
            id={`${id}-budget`}
            className="number-input"
            type="number"
            min={1}
            max={MAX_VOTE_BUDGET}
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
          />
        </div>
        <div className="check-field">
          <input id={`${id}-multiple`} type="checkbox" checked={multiple} onChange={(event) => setMultiple(event.target.checked)} />
          <label htmlFor={`${id}-multiple`}>Allow more than one dot on an idea</label>
        </div>
        <div className="check-field">
          <input id={`${id}-hide`} type="checkbox" checked={hide} onChange={(event) => setHide(event.target.checked)} />
          <label htmlFor={`${id}-hide`}>Hide vote counts until voting closes</label>
        </div>
        <button type="submit" className="button secondary small">
          Save vote settings
        </button>
        <p className="ok-note" role="status">
          {saved}
        </p>
      </form>
    </section>
  )
}
