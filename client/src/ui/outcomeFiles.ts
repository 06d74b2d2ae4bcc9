// The outcome files a facilitator can download from the server, and the one way both the
// Facilitate panel and the easy-read page fetch and save them.
import type { OutcomeFile, OutcomesApi } from '../api/outcomesApi.ts'
import type { MessageKey } from '../i18n/catalogs.ts'
import { type Translate, tNow } from '../i18n/useT.ts'
import { saveFile } from './saveFile.ts'

export interface OutcomeFileChoice {
  file: OutcomeFile
  /** The button's words: `t(labelKey)`. */
  labelKey: MessageKey
}

export const OUTCOME_FILES: readonly OutcomeFileChoice[] = [
  { file: 'csv', labelKey: 'outcomes.download.csv' },
  { file: 'md', labelKey: 'outcomes.download.md' },
  { file: 'json', labelKey: 'outcomes.download.json' },
]

/** Fetches one file with the facilitator key and hands it to the browser; returns a sentence for the status line or an error. */
export async function saveOutcomeFile(
  api: OutcomesApi,
  roomId: string,
  facilitatorKey: string,
  file: OutcomeFile,
  t: Translate = tNow,
): Promise<{ ok: true; status: string } | { ok: false; error: string }> {
  const result = await api.download(roomId, facilitatorKey, file)
  if (!result.ok) return { ok: false, error: result.error }
  saveFile(result.value.blob, result.value.fileName)
  return { ok: true, status: t(`outcomes.downloading.${file}`, { fileName: result.value.fileName }) }
}
