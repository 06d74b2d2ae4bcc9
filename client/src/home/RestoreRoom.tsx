// "Restore a room from a backup": a JSON backup saved from a room's Outcomes becomes a new
// room, with its own links and code, shown like a room just started.
import { type FormEvent, useId, useMemo, useRef, useState } from 'react'
import { outcomesApi } from '../api/outcomesApi.ts'
import type { CreatedRoom } from '../api/roomsApi.ts'
import { RoomReady } from './RoomReady.tsx'

export function RestoreRoom() {
  const id = useId()
  const api = useMemo(() => outcomesApi(), [])
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [room, setRoom] = useState<CreatedRoom | null>(null)

  if (room) return <RoomReady room={room} heading="Your room is restored" againLabel="Restore another room" onStartAnother={() => setRoom(null)} />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) return setError('Choose a backup file first.')
    setBusy(true)
    setError(null)
    const result = await api.restore(file)
    setBusy(false)
    if (result.ok) setRoom(result.value)
    else setError(result.error)
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="restore-form">
      <p>Start a new room from a JSON backup saved from a room's Outcomes. The old room stays as it was.</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Backup file (.json)</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="file-input"
          onChange={() => setError(null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p className="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Restoring…' : 'Restore the room'}
      </button>
    </form>
  )
}
