// "Restore a room from a backup": a JSON backup saved from a room's Outcomes becomes a new
// room, with its own links and code, shown like a room just started. Restoring opens a room,
// so where the organisation set a room token it is asked for here too.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { OpeningProblem } from '../api/roomOpening.ts'
import { type CreatedRoom, type RoomsApi, roomsApi } from '../api/roomsApi.ts'
import type { Translate } from '../i18n/useT.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { RoomReady } from './RoomReady.tsx'
import { RoomTokenField } from './RoomTokenField.tsx'
import { tokenProblemKey, useRoomToken } from './useRoomToken.ts'

/** Our own advice is kept as a key (it follows a language change); the server's reason is shown as it came. */
type RestoreProblem = { kind: 'no-file' } | OpeningProblem

export function RestoreRoom({ api: given }: { api?: RoomsApi } = {}) {
  const t = useT()
  const id = useId()
  const api = useMemo(() => given ?? roomsApi(), [given])
  const roomToken = useRoomToken(api)
  const input = useRef<HTMLInputElement>(null)
  const tokenInput = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<RestoreProblem | null>(null)
  const [room, setRoom] = useState<CreatedRoom | null>(null)
  const tokenProblem = problem?.kind === 'no-file' ? null : problem

  // A token problem is told beside the token box: focus goes there, so it is heard and can be fixed.
  useEffect(() => {
    if (tokenProblemKey(tokenProblem)) tokenInput.current?.focus()
  }, [tokenProblem])

  if (room) {
    return <RoomReady room={room} heading={t('home.restore.done')} againLabel={t('home.restore.again')} onStartAnother={() => setRoom(null)} />
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) return setProblem({ kind: 'no-file' })
    if (roomToken.missing) return setProblem({ kind: 'token-required' })
    setBusy(true)
    setProblem(null)
    const result = await api.restoreRoom(file, roomToken.toSend)
    setBusy(false)
    if (result.ok) return setRoom(result.value)
    if (result.problem.kind === 'token-required') roomToken.ask()
    setProblem(result.problem)
  }

  const fileError = fileProblemText(problem, t)
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
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${id}-error` : undefined}
        />
        {fileError && (
          <p className="error" id={`${id}-error`} role="alert">
            {fileError}
          </p>
        )}
      </div>
      <RoomTokenField roomToken={roomToken} problem={tokenProblem} inputRef={tokenInput} onEdit={() => setProblem(null)} />
      <button type="submit" className="button primary" disabled={busy}>
        <ButtonPicture emoji="📂" />
        {busy ? t('home.restore.busy') : t('home.restore.submit')}
      </button>
    </form>
  )
}

/** A problem told beside the file; token problems are told beside the token box instead. */
function fileProblemText(problem: RestoreProblem | null, t: Translate): string | null {
  switch (problem?.kind) {
    case undefined:
    case 'token-required':
    case 'token-wrong':
      return null
    case 'no-file':
      return t('home.restore.chooseFile')
    // The server's sentences say how long to wait, or what is wrong with the file.
    case 'rate-limited':
      return problem.sentence ?? t('home.start.rateLimited')
    case 'refused':
      return problem.sentence ?? t('common.failed')
    case 'unreachable':
      return t('common.unreachable')
  }
}
