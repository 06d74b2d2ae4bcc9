// "Withdraw my idea", confirmed first: the server removes the idea and its card for everyone.
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

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
  const t = useT()
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
          <h2 id="withdraw-title">{t('board.withdraw.title')}</h2>
          <p className="quoted-idea" dir="auto">
            {ideaText || t('board.idea.empty')}
          </p>
          <p>{t('board.withdraw.body')}</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <p className="actions">
            <button type="button" className="button primary" onClick={() => void withdraw()} disabled={busy}>
              <ButtonPicture emoji="🗑️" />
              {t('board.withdraw.confirm')}
            </button>
            <button type="button" className="button secondary" onClick={onClose}>
              <ButtonPicture emoji="✋" />
              {t('board.withdraw.keep')}
            </button>
          </p>
        </>
      )}
    </dialog>
  )
}
