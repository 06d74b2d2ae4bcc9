// The opening voice everyone sees first during Welcome: words, and a picture or sound clip
// uploaded as the file itself.
import { MAX_WELCOME_TEXT, type SessionState } from '@roundtable/shared'
import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from 'react'
import { type FacilitatorApi, WELCOME_MEDIA } from '../api/facilitatorApi.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { type FacilitatorCommands, facilitationProblem } from './useFacilitatorCommands.ts'

export function WelcomeEditor({
  api,
  roomId,
  facilitatorKey,
  welcome,
  commands,
}: {
  api: FacilitatorApi
  roomId: string
  facilitatorKey: string
  welcome: SessionState['welcome']
  commands: FacilitatorCommands
}) {
  const t = useT()
  const id = useId()
  const [text, setText] = useState(welcome.text)
  const [status, setStatus] = useState('')
  useEffect(() => setText(welcome.text), [welcome.text])

  const saveText = async (event: FormEvent) => {
    event.preventDefault()
    if (await commands.send({ type: 'set-welcome-text', text })) setStatus(t('facilitate.welcome.saved'))
  }

  const upload = (kind: 'picture' | 'audio') => async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target
    const file = input.files?.[0]
    if (!file) return
    const rule = WELCOME_MEDIA[file.type]
    if (!rule || rule.kind !== kind) {
      input.value = ''
      return commands.showError(kind === 'picture' ? t('facilitate.welcome.badPicture') : t('facilitate.welcome.badSound'))
    }
    if (file.size > rule.maxBytes) {
      input.value = ''
      return commands.showError(t('facilitate.welcome.tooBig', { megabytes: rule.maxBytes / 1024 / 1024 }))
    }
    setStatus(kind === 'picture' ? t('facilitate.welcome.uploadingPicture') : t('facilitate.welcome.uploadingSound'))
    const result = await api.uploadWelcomeMedia(roomId, facilitatorKey, file)
    input.value = ''
    if (!result.ok) {
      setStatus('')
      return commands.showError(facilitationProblem(result))
    }
    commands.showError(null)
    setStatus(kind === 'picture' ? t('facilitate.welcome.pictureAdded') : t('facilitate.welcome.soundAdded'))
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-welcome`}>
      <h3 id={`${id}-welcome`}>{t('facilitate.welcome.title')}</h3>
      <p className="hint">{t('facilitate.welcome.hint')}</p>
      <form className="stack-small" onSubmit={saveText}>
        <label htmlFor={`${id}-text`}>{t('facilitate.welcome.words')}</label>
        <textarea id={`${id}-text`} dir="auto" rows={3} maxLength={MAX_WELCOME_TEXT} value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button secondary small">
          <ButtonPicture emoji="💾" />
          {t('facilitate.welcome.save')}
        </button>
      </form>
      <div className="field">
        <label htmlFor={`${id}-picture`}>{t('facilitate.welcome.picture')}</label>
        <input id={`${id}-picture`} type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(event) => void upload('picture')(event)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-audio`}>{t('facilitate.welcome.sound')}</label>
        <input
          id={`${id}-audio`}
          type="file"
          accept="audio/mpeg,audio/ogg,audio/webm,audio/mp4,audio/wav"
          onChange={(event) => void upload('audio')(event)}
        />
      </div>
      <p className="ok-note" role="status">
        {status}
      </p>
    </section>
  )
}
