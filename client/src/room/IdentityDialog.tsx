// "Change how I appear": the identity form in a modal dialog, which keeps keyboard focus
// inside it and gives it back when it closes.
import { useEffect, useRef } from 'react'
import { useT } from '../i18n/useT.ts'
import { type Appearance, IdentityForm } from './IdentityForm.tsx'

export function IdentityDialog({
  open,
  current,
  onSave,
  onClose,
}: {
  open: boolean
  current: Appearance
  onSave: (appearance: Appearance) => void
  onClose: () => void
}) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="identity-dialog-title" onClose={onClose}>
      {open && (
        <>
          <h2 id="identity-dialog-title">{t('room.identity.heading')}</h2>
          <IdentityForm initial={current} submitLabel={t('common.save')} submitPicture="💾" onSubmit={onSave} onCancel={onClose} />
        </>
      )}
    </dialog>
  )
}
