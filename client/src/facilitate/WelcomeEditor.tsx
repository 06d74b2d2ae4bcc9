// The opening voice everyone sees first during Welcome: words, and a picture or sound clip
// uploaded as the file itself.
import { MAX_WELCOME_TEXT, type SessionState } from '@roundtable/shared'
import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from 'react'
import { type FacilitatorApi, WELCOME_MEDIA } from '../api/facilitatorApi.ts'
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
  const id = useId()
  const [text, setText] = useState(welcome.text)
  const [status, setStatus] = useState('')
  useEffect(() => setText(welcome.text), [welcome.text])

  const saveText = async (event: FormEvent) => {
    event.preventDefault()
    if (await commands.send({ type: 'set-welcome-text', text })) setStatus('Welcome words saved.')
  }

  const upload = (kind: 'picture' | 'audio') => async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target
    const file = input.files?.[0]
    if (!file) return
    const rule = WELCOME_MEDIA[file.type]
    if (!rule || rule.kind !== kind) {
      input.value = ''
      return commands.showError(kind === 'picture' ? 'Please choose a PNG, JPEG, WebP or GIF picture.' : 'Please choose an MP3, OGG, WebM, MP4 or WAV sound file.')
    }
    if (file.size > rule.maxBytes) {
      input.value = ''
      return commands.showError(`That file is too big. The largest is ${rule.maxBytes / 1024 / 1024} MB.`)
    }
    setStatus(kind === 'picture' ? 'Uploading the picture…' : 'Uploading the sound…')
    const result = await api.uploadWelcomeMedia(roomId, facilitatorKey, file)
    input.value = ''
    if (!result.ok) {
      setStatus('')
      return commands.showError(facilitationProblem(result))
    }
    commands.showError(null)
    setStatus(kind === 'picture' ? 'Picture added.' : 'Sound added.')
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-welcome`}>
      <h3 id={`${id}-welcome`}>Welcome</h3>
      <p className="hint">Everyone sees this first while the phase is Welcome.</p>
      <form className="stack-small" onSubmit={saveText}>
        <label htmlFor={`${id}-text`}>Welcome words</label>
        <textarea id={`${id}-text`} rows={3} maxLength={MAX_WELCOME_TEXT} value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button secondary small">
          Save welcome words
        </button>
      </form>
      <div className="field">
        <label htmlFor={`${id}-picture`}>Opening picture</label>
        <input id={`${id}-picture`} type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(event) => void upload('picture')(event)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-audio`}>Opening sound</label>
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
