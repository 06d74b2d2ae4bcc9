// "Restore a room from a backup": a JSON backup saved from a room's Outcomes becomes a new
// room, with its own links and code, shown like a room just started.
import { type FormEvent, useId, useMemo, useRef, useState } from 'react'
import { outcomesApi } from '../api/outcomesApi.ts'
import type { CreatedRoom } from '../api/roomsApi.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { RoomReady } from './RoomReady.tsx'

/** Our own advice is kept as a key (it follows a language change); the server's reason is shown as it came. */
type RestoreProblem = { kind: 'no-file' } | { kind: 'refused'; reason: string }

export function RestoreRoom() {
  const t = useT()
  const id = useId()
  const api = useMemo(() => outcomesApi(), [])
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<RestoreProblem | null>(null)
  const [room, setRoom] = useState<CreatedRoom | null>(null)

  if (room) {
    return <RoomReady room={room} heading={t('home.restore.done')} againLabel={t('home.restore.again')} onStartAnother={() => setRoom(null)} />
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) return setProblem({ kind: 'no-file' })
    setBusy(true)
    setProblem(null)
    const result = await api.restore(file)
    setBusy(false)
    if (result.ok) setRoom(result.value)
    else setProblem({ kind: 'refused', reason: result.error })
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="restore-form">
      <p>{t('home.restore.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('home.restore.file')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="file-input"
          onChange={() => setProblem(null)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
        />
        {problem && (
          <p className="error" id={`${id}-error`} role="alert">
            {problem.kind === 'no-file' ? t('home.restore.chooseFile') : problem.reason}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        <ButtonPicture emoji="📂" />
        {busy ? t('home.restore.busy') : t('home.restore.submit')}
      </button>
    </form>
  )
}
