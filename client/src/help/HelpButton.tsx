// "Help": a button opening a dialog on how to take part, a short section per way of joining
// in, each with "Read aloud". The modal dialog keeps focus inside; closing gives it back.
import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Instruction } from '../ui/Instruction.tsx'
import { HELP_TOPICS } from './helpTopics.ts'
import './help.css'

export function HelpButton({ className }: { className?: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={`button secondary help-button${className ? ` ${className}` : ''}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <ButtonPicture emoji="❓" />
        {t('help.open')}
      </button>
      <HelpDialog
        open={open}
        onClose={() => {
          setOpen(false)
          opener.current?.focus()
        }}
      />
    </>
  )
}

function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT()
  const ids = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.showModal()
      // Start at the top, on the title, rather than on the first "Read aloud" button.
      heading.current?.focus()
    }
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog ref={dialog} className="dialog help-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} data-testid="help-dialog">
      {open && (
        <>
          <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
            {t('help.title')}
          </h2>
          <Instruction text={t('help.intro')} />
          {HELP_TOPICS.map((topic) => (
            <section key={topic.id} className="help-topic" aria-labelledby={`${ids}-${topic.id}`}>
              <h3 id={`${ids}-${topic.id}`}>
                <span className="help-picture" aria-hidden="true">
                  {topic.picture}
                </span>
                {t(topic.heading)}
              </h3>
              <Instruction text={t(topic.body)} />
            </section>
          ))}
          <p className="actions">
            <button type="button" className="button primary" onClick={() => dialog.current?.close()}>
              <ButtonPicture emoji="✅" />
              {t('common.close')}
            </button>
          </p>
        </>
      )}
    </dialog>
  )
}
