// Joining by the short code read out in the room: forgiving about case and spaces, and
// plain about what went wrong.
import { JOIN_CODE_LENGTH, normaliseJoinCode } from '@roundtable/shared'
import { type FormEvent, useState } from 'react'
import type { Problem, RoomsApi } from '../api/roomsApi.ts'
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { navigate } from '../routing/navigation.ts'
import { roomPath } from '../routing/route.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'

const PROBLEM_KEYS: Record<Problem, MessageKey> = {
  'not-found': 'home.join.notFound',
  'rate-limited': 'home.join.rateLimited',
  invalid: 'home.join.badShape',
  unreachable: 'common.unreachable',
}

export function JoinByCodeForm({ api }: { api: RoomsApi }) {
  const t = useT()
  const [code, setCode] = useState('')
  // The key, not the words: a language chosen while the message shows changes it too.
  const [error, setError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const normalised = normaliseJoinCode(code)
    if (!normalised) {
      setError('home.join.badShape')
      return
    }
    setBusy(true)
    setError(null)
    const result = await api.findRoomByCode(normalised)
    setBusy(false)
    if (result.ok) navigate(roomPath(result.value.id))
    else setError(PROBLEM_KEYS[result.problem])
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="join-code">{t('home.join.label')}</label>
        <Instruction className="hint" id="join-code-hint" text={t('home.join.hint', { length: JOIN_CODE_LENGTH })} />
        <input
          id="join-code"
          className="code-input"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          dir="ltr"
          aria-describedby={error ? 'join-code-hint join-code-error' : 'join-code-hint'}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="error" id="join-code-error" role="alert">
            {t(error, { length: JOIN_CODE_LENGTH })}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        <ButtonPicture emoji="🚪" />
        {t('home.join.submit')}
      </button>
    </form>
  )
}
