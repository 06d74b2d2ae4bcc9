// Starting a room: an optional title and opening question, then the three things to share.
// Where the organisation set a room token, the form asks for it and sends it.
import { Limits } from '@roundtable/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { OpeningProblem } from '../api/roomOpening.ts'
import type { CreatedRoom, RoomsApi } from '../api/roomsApi.ts'
import type { Translate } from '../i18n/useT.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { RoomReady } from './RoomReady.tsx'
import { RoomTokenField } from './RoomTokenField.tsx'
import { tokenProblemKey, useRoomToken } from './useRoomToken.ts'

export function StartRoom({ api }: { api: RoomsApi }) {
  const t = useT()
  const roomToken = useRoomToken(api)
  const tokenInput = useRef<HTMLInputElement>(null)
  const [title, setTitle] = useState('')
  const [question, setQuestion] = useState('')
  const [busy, setBusy] = useState(false)
  // The problem, not its words: a language chosen while it shows changes it too.
  const [problem, setProblem] = useState<OpeningProblem | null>(null)
  const [room, setRoom] = useState<CreatedRoom | null>(null)

  // A token problem is told beside the token box: focus goes there, so it is heard and can be fixed.
  useEffect(() => {
    if (tokenProblemKey(problem)) tokenInput.current?.focus()
  }, [problem])

  if (room) return <RoomReady room={room} onStartAnother={() => setRoom(null)} />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (roomToken.missing) return setProblem({ kind: 'token-required' })
    setBusy(true)
    setProblem(null)
    const result = await api.createRoom({ title, question }, roomToken.toSend)
    setBusy(false)
    if (result.ok) {
      setRoom(result.value)
      setTitle('')
      setQuestion('')
      return
    }
    if (result.problem.kind === 'token-required') roomToken.ask()
    setProblem(result.problem)
  }

  const formError = startProblemText(problem, t)
  return (
    <form className="stack" onSubmit={submit} aria-describedby={formError ? 'start-error' : undefined}>
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
      <RoomTokenField roomToken={roomToken} problem={problem} inputRef={tokenInput} onEdit={() => setProblem(null)} />
      {formError && (
        <p className="error" id="start-error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        <ButtonPicture emoji="➕" />
        {t('home.start.submit')}
      </button>
    </form>
  )
}

/** A problem told below the form; token problems are told beside the token box instead. */
function startProblemText(problem: OpeningProblem | null, t: Translate): string | null {
  switch (problem?.kind) {
    case undefined:
    case 'token-required':
    case 'token-wrong':
      return null
    // The server's sentence says how long to wait.
    case 'rate-limited':
      return problem.sentence ?? t('home.start.rateLimited')
    case 'refused':
      return t('home.start.invalid')
    case 'unreachable':
      return t('common.unreachable')
  }
}
