// One-line notices above the board: a facilitator link that stopped working, and a change
// a locked board refused.
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function BoardNotices({
  linkRefused,
  changeRefused,
  onDismissRefusal,
}: {
  linkRefused: boolean
  changeRefused: boolean
  onDismissRefusal: () => void
}) {
  const t = useT()
  if (!linkRefused && !changeRefused) return null
  return (
    <div className="board-notices">
      {linkRefused && (
        <p className="notice" role="status" data-testid="facilitator-link-notice">
          {t('board.notice.linkRefused')}
        </p>
      )}
      {changeRefused && (
        <p className="notice warn" role="alert" data-testid="change-refused-notice">
          {t('board.notice.changeRefused')}
          <button type="button" className="button secondary small" onClick={onDismissRefusal}>
            <ButtonPicture emoji="👍" />
            {t('board.notice.ok')}
          </button>
        </p>
      )}
    </div>
  )
}
