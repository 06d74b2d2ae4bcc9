// The outcome files on the easy-read page, for a facilitator: the same downloads as in the
// Facilitate panel, kept off the printed page.
import { useState } from 'react'
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { OUTCOME_FILES, saveOutcomeFile } from '../ui/outcomeFiles.ts'

export function ExportDownloads({ api, roomId, facilitatorKey }: { api: OutcomesApi; roomId: string; facilitatorKey: string }) {
  const t = useT()
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const download = async (file: OutcomeFile) => {
    setError(null)
    setStatus(t('outcomes.preparing'))
    const result = await saveOutcomeFile(api, roomId, facilitatorKey, file, t)
    if (!result.ok) {
      setStatus('')
      return setError(result.error)
    }
    setStatus(result.status)
  }

  return (
    <section className="easy-read-downloads no-print" aria-labelledby="easy-read-files">
      <h2 id="easy-read-files">{t('outcomes.files')}</h2>
      <p className="actions">
        {OUTCOME_FILES.map(({ file, labelKey }) => (
          <button key={file} type="button" className="button secondary" onClick={() => void download(file)}>
            <ButtonPicture emoji="⬇️" />
            {t(labelKey)}
          </button>
        ))}
      </p>
      <p className="ok-note" role="status">
        {status}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
