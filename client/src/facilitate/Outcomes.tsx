// "Outcomes": the workshop's results as files — CSV, Markdown, a JSON backup (from the
// server, with the facilitator key), a picture of the board (made in this browser) — and
// the easy-read summary page.
import { useId, useState } from 'react'
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import { useT } from '../i18n/useT.ts'
import type { PictureFormat } from '../themes/boardPicture.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Link } from '../ui/Link.tsx'
import { OUTCOME_FILES, saveOutcomeFile } from '../ui/outcomeFiles.ts'
import { fileNameFor, saveFile } from '../ui/saveFile.ts'

export function Outcomes({
  api,
  roomId,
  roomTitle,
  facilitatorKey,
  picture,
  easyReadPath,
}: {
  api: OutcomesApi
  roomId: string
  roomTitle: string
  facilitatorKey: string
  /** Makes a picture of the board; null before the board has loaded. */
  picture: ((format: PictureFormat) => Promise<Blob | null>) | null
  easyReadPath: string
}) {
  const t = useT()
  const id = useId()
  const [busy, setBusy] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const run = async (label: string, work: () => Promise<string | null>) => {
    setBusy(label)
    setError(null)
    setStatus('')
    try {
      const problem = await work()
      if (problem) setError(problem)
    } finally {
      setBusy(null)
    }
  }

  const download = (file: OutcomeFile) =>
    run(file, async () => {
      const result = await saveOutcomeFile(api, roomId, facilitatorKey, file, t)
      if (!result.ok) return result.error
      setStatus(result.status)
      return null
    })

  const savePicture = (format: PictureFormat) =>
    run(format, async () => {
      if (!picture) return t('facilitate.notLoaded')
      const blob = await picture(format).catch(() => null)
      if (!blob) return t('facilitate.outcomes.nothingToPicture')
      const fileName = fileNameFor(roomTitle, `-board.${format}`)
      saveFile(blob, fileName)
      setStatus(t('facilitate.outcomes.pictureDownloading', { fileName }))
      return null
    })

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-outcomes`} data-testid="outcomes">
      <h3 id={`${id}-outcomes`}>{t('facilitate.outcomes.title')}</h3>
      <p className="hint">{t('facilitate.outcomes.hint')}</p>
      <p className="actions">
        {OUTCOME_FILES.map(({ file, labelKey }) => (
          <button key={file} type="button" className="button secondary small" disabled={busy !== null} onClick={() => void download(file)}>
            <ButtonPicture emoji="⬇️" />
            {t(labelKey)}
          </button>
        ))}
      </p>
      <p className="hint">{t('facilitate.outcomes.backupHint')}</p>
      <h4 className="outcomes-subheading">{t('facilitate.outcomes.pictureTitle')}</h4>
      <p className="actions">
        <button type="button" className="button secondary small" disabled={busy !== null || !picture} onClick={() => void savePicture('png')}>
          <ButtonPicture emoji="🖼️" />
          {t('facilitate.outcomes.png')}
        </button>
        <button type="button" className="button secondary small" disabled={busy !== null || !picture} onClick={() => void savePicture('svg')}>
          <ButtonPicture emoji="🖼️" />
          {t('facilitate.outcomes.svg')}
        </button>
      </p>
      <p>
        <Link href={easyReadPath}>{t('themes.easyReadLink')}</Link>
        <span className="hint-inline"> — {t('facilitate.outcomes.easyReadHint')}</span>
      </p>
      <p className="ok-note" role="status">
        {busy ? t('outcomes.preparing') : status}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
