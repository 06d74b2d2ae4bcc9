// Joining by the short code read out in the room: forgiving about case and spaces, and
// plain about what went wrong.
import { JOIN_CODE_LENGTH, normaliseJoinCode } from '@roundtable/shared'
import { type FormEvent, useState } from 'react'
import type { Problem, RoomsApi } from '../api/roomsApi.ts'
import { navigate } from '../routing/navigation.ts'
import { roomPath } from '../routing/route.ts'

const CODE_SHAPE = 'A join code has 6 letters and numbers, like ABC 234.'

const PROBLEM_TEXT: Record<Problem, string> = {
  'not-found': 'No room has this code. Check the code and try again.',
  'rate-limited': 'Too many tries. Please wait a minute, then try again.',
  invalid: CODE_SHAPE,
  unreachable: "Can't reach the Roundtable server. Check your internet connection and try again.",
}

export function JoinByCodeForm({ api }: { api: RoomsApi }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const normalised = normaliseJoinCode(code)
    if (!normalised) {
      setError(CODE_SHAPE)
      return
    }
    setBusy(true)
    setError(null)
    const result = await api.findRoomByCode(normalised)
    setBusy(false)
    if (result.ok) navigate(roomPath(result.value.id))
    else setError(PROBLEM_TEXT[result.problem])
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="join-code">Join code</label>
        <p className="hint" id="join-code-hint">
          The {JOIN_CODE_LENGTH} letters and numbers your facilitator shares, like ABC 234.
        </p>
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
          aria-describedby={error ? 'join-code-hint join-code-error' : 'join-code-hint'}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p className="error" id="join-code-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        Join
      </button>
    </form>
  )
}
