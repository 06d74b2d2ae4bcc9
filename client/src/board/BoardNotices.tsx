// One-line notices above the board: a facilitator link that stopped working, and a change
// a locked board refused.

export function BoardNotices({
  linkRefused,
  changeRefused,
  onDismissRefusal,
}: {
  linkRefused: boolean
  changeRefused: boolean
  onDismissRefusal: () => void
}) {
  if (!linkRefused && !changeRefused) return null
  return (
    <div className="board-notices">
      {linkRefused && (
        <p className="notice" role="status" data-testid="facilitator-link-notice">
          This facilitator link no longer works.
        </p>
      )}
      {changeRefused && (
        <p className="notice warn" role="alert" data-testid="change-refused-notice">
          The board is locked, so your last change was not saved.
          <button type="button" className="button secondary small" onClick={onDismissRefusal}>
            OK
          </button>
        </p>
      )}
    </div>
  )
}
