// The outcome files a facilitator can download from the server, and the one way both the
// Facilitate panel and the easy-read page fetch and save them.
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import { saveFile } from './saveFile.ts'

export const OUTCOME_FILES: ReadonlyArray<{ file: OutcomeFile; label: string; what: string }> = [
  { file: 'csv', label: 'Download CSV', what: 'The CSV file' },
  { file: 'md', label: 'Download Markdown', what: 'The Markdown file' },
  { file: 'json', label: 'Download JSON backup', what: 'The backup' },
]

/** Fetches one file with the facilitator key and hands it to the browser; returns a sentence for the status line or an error. */
export async function saveOutcomeFile(
  api: OutcomesApi,
  roomId: string,
  facilitatorKey: string,
  file: OutcomeFile,
): Promise<{ ok: true; status: string } | { ok: false; error: string }> {
  const result = await api.download(roomId, facilitatorKey, file)
  if (!result.ok) return { ok: false, error: result.error }
  saveFile(result.value.blob, result.value.fileName)
  const what = OUTCOME_FILES.find((entry) => entry.file === file)?.what ?? 'The file'
  return { ok: true, status: `${what} is downloading: ${result.value.fileName}` }
}
