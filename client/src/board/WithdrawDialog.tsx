// "Withdraw my idea", confirmed first: the server removes the idea and its card for everyone.
import { useEffect, useRef, useState } from 'react'

export function WithdrawDialog({
  ideaText,
  onWithdraw,
  onClose,
}: {
  /** The idea being withdrawn, or null when the dialog is closed. */
  ideaText: string | null
  /** Resolves to an error sentence, or null once the idea is gone. */
  onWithdraw: () => Promise<string | null>
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const open = ideaText !== null

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setError(null)
      element.showModal()
    }
    if (!open && element.open) element.close()
  }, [open])

  const withdraw = async () => {
    setBusy(true)
    const problem = await onWithdraw()
    setBusy(false)
    if (problem) setError(problem)
    else onClose()
  }

  return (
    <dialog ref={dialog} className="dialog small-dialog" aria-labelledby="withdraw-title" onClose={onClose}>
      {open && (
        <>
          <h2 id="withdraw-title">Withdraw this idea?</h2>
          <p className="quoted-idea">{ideaText || 'An empty idea'}</p>
          <p>It will be taken off the board for everyone, with any votes on it.</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <p className="actions">
            <button type="button" className="button primary" onClick={() => void withdraw()} disabled={busy}>
              Yes, withdraw it
            </button>
            <button type="button" className="button secondary" onClick={onClose}>
              Keep it
            </button>
          </p>
        </>
      )}
    </dialog>
  )
}
