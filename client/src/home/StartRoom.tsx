// Starting a room: an optional title and opening question, then the three things to share.
import { Limits } from '@roundtable/shared'
import { type FormEvent, useState } from 'react'
import type { CreatedRoom, Problem, RoomsApi } from '../api/roomsApi.ts'
import { RoomReady } from './RoomReady.tsx'

const PROBLEM_TEXT: Record<Problem, string> = {
  'not-found': "Can't reach the Roundtable server. Check your internet connection and try again.",
  invalid: 'The server could not start a room with these words. Try a shorter title or question.',
  'rate-limited': 'Too many rooms were started from here just now. Please wait a minute, then try again.',
  unreachable: "Can't reach the Roundtable server. Check your internet connection and try again.",
}

export function StartRoom({ api }: { api: RoomsApi }) {
  const [title, setTitle] = useState('')
  const [question, setQuestion] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [room, setRoom] = useState<CreatedRoom | null>(null)

  if (room) return <RoomReady room={room} onStartAnother={() => setRoom(null)} />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await api.createRoom({ title, question })
    setBusy(false)
    if (result.ok) {
      setRoom(result.value)
      setTitle('')
      setQuestion('')
    } else {
      setError(PROBLEM_TEXT[result.problem])
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-describedby={error ? 'start-error' : undefined}>
      <p>Open a new board for your workshop. You can leave both boxes empty.</p>
      <div className="field">
        <label htmlFor="room-title">Title</label>
        <p className="hint" id="room-title-hint">
          Optional. For example: Clinic welcome.
        </p>
        <input
          id="room-title"
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={Limits.maxRoomTitleLength}
          aria-describedby="room-title-hint"
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="room-question">Opening question</label>
        <p className="hint" id="room-question-hint">
          Optional. Everyone sees it at the top of the board.
        </p>
        <textarea
          id="room-question"
          name="question"
          rows={2}
          value={question}
          placeholder="What would make the clinic feel kind?"
          onChange={(event) => setQuestion(event.target.value)}
          maxLength={Limits.maxRoomQuestionLength}
          aria-describedby="room-question-hint"
        />
      </div>
      {error && (
        <p className="error" id="start-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        Start a room
      </button>
    </form>
  )
}
