// Changing an idea's words in the list: a text box with Save and Cancel. Enter saves, Shift
// and Enter starts a new line, Escape stops without saving.
import { Limits } from '@roundtable/shared'
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function IdeaEditor({ text, onSave, onCancel }: { text: string; onSave: (text: string) => void; onCancel: () => void }) {
  const t = useT()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [draft, setDraft] = useState(text)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const element = box.current
    if (!element) return
    element.focus()
    // The caret at the end, ready to add to the words.
    element.setSelectionRange(element.value.length, element.value.length)
  }, [])

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return setProblem(t('list.editor.empty'))
    onSave(draft)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
    }
  }

  return (
    <form className="list-idea-editor" onSubmit={save} noValidate>
      <label htmlFor={`${id}-text`}>{t('list.editor.label')}</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={3}
        dir="auto"
        value={draft}
        maxLength={Limits.maxIdeaLength}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="list-edit-text"
      />
      <p className="hint" id={`${id}-hint`}>
        {t('list.editor.hint')}
      </p>
      {problem && (
        <p className="error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button primary">
          <ButtonPicture emoji="💾" />
          {t('list.editor.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          <ButtonPicture emoji="↩️" />
          {t('list.editor.cancel')}
        </button>
      </p>
    </form>
  )
}
