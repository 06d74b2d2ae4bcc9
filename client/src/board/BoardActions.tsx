// The board's top-bar actions: add an idea (with the reason when the board is locked),
// change how you appear, open or close the Facilitate panel, and the connection status.
import type { ConnectionSnapshot } from '../connection/connectionStatus.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { ConnectionStatus } from './ConnectionStatus.tsx'

export function BoardActions({
  onAddIdea,
  addDisabled,
  lockedReason,
  onChangeAppearance,
  facilitating,
  onToggleFacilitate,
  status,
}: {
  onAddIdea: () => void
  addDisabled: boolean
  /** Why nobody can add ideas now, or null when they can. */
  lockedReason: string | null
  onChangeAppearance: () => void
  /** Whether the Facilitate panel is open; null in a browser without a working facilitator link. */
  facilitating: boolean | null
  onToggleFacilitate: () => void
  status: ConnectionSnapshot
}) {
  const t = useT()
  return (
    <div className="bar-actions">
      <button
        type="button"
        className="button primary"
        onClick={onAddIdea}
        disabled={addDisabled}
        aria-disabled={lockedReason !== null || undefined}
        aria-describedby={lockedReason !== null ? 'add-idea-reason' : undefined}
      >
        <ButtonPicture emoji="➕" />
        {t('board.addIdea')}
      </button>
      {lockedReason !== null && (
        <span className="hint add-reason" id="add-idea-reason">
          {lockedReason}
        </span>
      )}
      <button type="button" className="button secondary" onClick={onChangeAppearance}>
        <ButtonPicture emoji="🙂" />
        {t('board.changeAppearance')}
      </button>
      {facilitating !== null && (
        <button type="button" className="button secondary" aria-expanded={facilitating} aria-controls="facilitate-panel" onClick={onToggleFacilitate}>
          <ButtonPicture emoji="🧭" />
          {t('board.facilitate')}
        </button>
      )}
      <ConnectionStatus status={status} />
    </div>
  )
}
