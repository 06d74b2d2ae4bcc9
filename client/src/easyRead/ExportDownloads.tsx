// The outcome files on the easy-read page, for a facilitator: the same downloads as in the
// Facilitate panel, kept off the printed page.
import { useState } from 'react'
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import { saveFile } from '../ui/saveFile.ts'

const FILES: ReadonlyArray<{ file: OutcomeFile; label: string }> = [
  { file: 'csv', label: 'Download CSV' },
  { file: 'md', label: 'Download Markdown' },
  { file: 'json', label: 'Download JSON backup' },
]

export function ExportDownloads({ api, roomId, facilitatorKey }: { api: OutcomesApi; roomId: string; facilitatorKey: string }) {
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const download = async (file: OutcomeFile) => {
    setError(null)
    setStatus('Preparing the file…')
    const result = await api.download(roomId, facilitatorKey, file)
    if (!result.ok) {
      setStatus('')
      return setError(result.error)
    }
    saveFile(result.value.blob, result.value.fileName)
    setStatus(`Downloading ${result.value.fileName}`)
  }

  return (
    <section className="easy-read-downloads no-print" aria-labelledby="easy-read-files">
      <h2 id="easy-read-files">Files for facilitators</h2>
      <p className="actions">
        {FILES.map(({ file, label }) => (
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
