// "Outcomes": the workshop's results as files — CSV, Markdown, a JSON backup (from the
// server, with the facilitator key), a picture of the board (made in this browser) — and
// the easy-read summary page.
import { useId, useState } from 'react'
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import type { PictureFormat } from '../themes/boardPicture.ts'
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
      const result = await saveOutcomeFile(api, roomId, facilitatorKey, file)
      if (!result.ok) return result.error
      setStatus(result.status)
      return null
    })

  const savePicture = (format: PictureFormat) =>
    run(format, async () => {
      if (!picture) return 'The board has not loaded yet.'
      const blob = await picture(format).catch(() => null)
      if (!blob) return 'There is nothing on the board to make a picture of yet.'
      const fileName = fileNameFor(roomTitle, `-board.${format}`)
      saveFile(blob, fileName)
      setStatus(`The picture is downloading: ${fileName}`)
      return null
    })

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-outcomes`} data-testid="outcomes">
      <h3 id={`${id}-outcomes`}>Outcomes</h3>
      <p className="hint">Files of the ideas, themes and votes. Hidden ideas are left out.</p>
      <p className="actions">
        {OUTCOME_FILES.map(({ file, label }) => (
          <button key={file} type="button" className="button secondary small" disabled={busy !== null} onClick={() => void download(file)}>
            {label}
          </button>
        ))}
      </p>
      <p className="hint">Keep the JSON backup to start this board again later, from the Roundtable home page.</p>
      <h4 className="outcomes-subheading">Picture of the board</h4>
      <p className="actions">
        <button type="button" className="button secondary small" disabled={busy !== null || !picture} onClick={() => void savePicture('png')}>
          Download picture (PNG)
        </button>
        <button type="button" className="button secondary small" disabled={busy !== null || !picture} onClick={() => void savePicture('svg')}>
          Download picture (SVG)
        </button>
      </p>
      <p>
        <Link href={easyReadPath}>Easy-read summary</Link>
        <span className="hint-inline"> — a page to print, for everyone</span>
      </p>
      <p className="ok-note" role="status">
        {busy ? 'Preparing the file…' : status}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
