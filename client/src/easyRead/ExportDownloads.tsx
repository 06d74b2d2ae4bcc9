// The outcome files on the easy-read page, for a facilitator: the same downloads as in the
// Facilitate panel, kept off the printed page.
import { useState } from 'react'
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import { OUTCOME_FILES, saveOutcomeFile } from '../ui/outcomeFiles.ts'

export function ExportDownloads({ api, roomId, facilitatorKey }: { api: OutcomesApi; roomId: string; facilitatorKey: string }) {
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const download = async (file: OutcomeFile) => {
    setError(null)
    setStatus('Preparing the file…')
    const result = await saveOutcomeFile(api, roomId, facilitatorKey, file)
    if (!result.ok) {
      setStatus('')
      return setError(result.error)
    }
    setStatus(result.status)
  }

  return (
    <section className="easy-read-downloads no-print" aria-labelledby="easy-read-files">
      <h2 id="easy-read-files">Files for facilitators</h2>
      <p className="actions">
        {OUTCOME_FILES.map(({ file, label }) => (
          <button key={file} type="button" className="button secondary" onClick={() => void download(file)}>
            {label}
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
