// Starting a room: an optional title and opening question, then the three things to share.
import { Limits } from '@roundtable/shared'
import { type FormEvent, useState } from 'react'
import type { CreatedRoom, Problem, RoomsApi } from '../api/roomsApi.ts'
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { RoomReady } from './RoomReady.tsx'

const PROBLEM_KEYS: Record<Problem, MessageKey> = {
  'not-found': 'common.unreachable',
  invalid: 'home.start.invalid',
  'rate-limited': 'home.start.rateLimited',
  unreachable: 'common.unreachable',
}

export function StartRoom({ api }: { api: RoomsApi }) {
  const t = useT()
  const [title, setTitle] = useState('')
  const [question, setQuestion] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
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
      setError(PROBLEM_KEYS[result.problem])
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-describedby={error ? 'start-error' : undefined}>
      <Instruction text={t('home.start.intro')} />
      <div className="field">
        <label htmlFor="room-title">{t('home.start.title')}</label>
        <p className="hint" id="room-title-hint">
          {t('home.start.titleHint')}
        </p>
        <input
          id="room-title"
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={Limits.maxRoomTitleLength}
          aria-describedby="room-title-hint"
          autoComplete="off"
          dir="auto"
        />
      </div>
      <div className="field">
        <label htmlFor="room-question">{t('home.start.question')}</label>
        <p className="hint" id="room-question-hint">
          {t('home.start.questionHint')}
        </p>
        <textarea
          id="room-question"
          name="question"
          rows={2}
          value={question}
          placeholder={t('home.start.questionExample')}
          onChange={(event) => setQuestion(event.target.value)}
          maxLength={Limits.maxRoomQuestionLength}
          aria-describedby="room-question-hint"
          dir="auto"
        />
      </div>
      {error && (
        <p className="error" id="start-error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        <ButtonPicture emoji="➕" />
        {t('home.start.submit')}
      </button>
    </form>
  )
}
