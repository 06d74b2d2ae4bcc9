// How voting works: how many dots each person gets (the same for everyone), whether one
// idea may take several of a person's dots, and whether counts stay hidden until the end.
import { MAX_VOTE_BUDGET, type VoteSettings } from '@roundtable/shared'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function VoteSettingsForm({ settings, commands }: { settings: VoteSettings; commands: FacilitatorCommands }) {
  const t = useT()
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
      return commands.showError(t('facilitate.votes.badBudget', { max: MAX_VOTE_BUDGET }))
    }
    const ok = await commands.send({ type: 'set-vote-settings', settings: { budget: dots, multiplePerIdea: multiple, hideTallies: hide } })
    setSaved(ok ? t('facilitate.votes.saved') : '')
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-votes`}>
      <h3 id={`${id}-votes`}>{t('facilitate.votes.title')}</h3>
      <form className="stack-small" onSubmit={save}>
        <div className="inline-form">
          <label htmlFor={`${id}-budget`}>{t('facilitate.votes.budget')}</label>
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
          <label htmlFor={`${id}-multiple`}>{t('facilitate.votes.multiple')}</label>
        </div>
        <div className="check-field">
          <input id={`${id}-hide`} type="checkbox" checked={hide} onChange={(event) => setHide(event.target.checked)} />
          <label htmlFor={`${id}-hide`}>{t('facilitate.votes.hideTallies')}</label>
        </div>
        <button type="submit" className="button secondary small">
          <ButtonPicture emoji="💾" />
          {t('facilitate.votes.save')}
        </button>
        <p className="ok-note" role="status">
          {saved}
        </p>
      </form>
    </section>
  )
}
