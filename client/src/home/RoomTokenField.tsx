// The "Room token" box, shown only when the server wants the organisation's token to open a
// room. Its problem sits beside it and describes it, so moving focus there reads it out.
import { type Ref, useId } from 'react'
import type { OpeningProblem } from '../api/roomOpening.ts'
import { useT } from '../i18n/useT.ts'
import { Instruction } from '../ui/Instruction.tsx'
import { type RoomToken, tokenProblemKey } from './useRoomToken.ts'

export function RoomTokenField({
  roomToken,
  problem,
  inputRef,
  onEdit,
}: {
  roomToken: RoomToken
  problem: OpeningProblem | null
  inputRef: Ref<HTMLInputElement>
  onEdit?: () => void
}) {
  const t = useT()
  const id = useId()
  if (!roomToken.asked) return null
  const message = tokenProblemKey(problem)
  return (
    <div className="field">
      <label htmlFor={`${id}-token`}>{t('home.token.label')}</label>
      <Instruction className="hint" id={`${id}-hint`} text={t('home.token.hint')} />
      <input
        ref={inputRef}
        id={`${id}-token`}
        name="room-token"
        type="password"
        className="room-token-input"
        value={roomToken.token}
        onChange={(event) => {
          roomToken.change(event.target.value)
          onEdit?.()
        }}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error ${id}-hint` : `${id}-hint`}
        data-testid="room-token"
      />
      {message && (
        <p className="error" id={`${id}-error`} data-testid="room-token-error">
          {t(message)}
        </p>
      )}
    </div>
  )
}
