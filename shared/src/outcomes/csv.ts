// The outcome as CSV (RFC 4180): one row per idea, themes in board order, for spreadsheets.
import { NO_THEME, type Outcome } from './outcome.ts'

/**
 * Excel reads a CSV file as the local code page unless it opens with a byte order mark,
 * which would garble Arabic, Welsh accents and emoji. Other readers skip it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF'

const HEADER = ['idea', 'picture', 'theme', 'votes', 'created_at']

/** Rows end in CRLF, as RFC 4180 asks; the last row too. */
export function toCsv(outcome: Outcome): string {
  const rows: string[][] = [outcome.showNames ? [...HEADER, 'author'] : HEADER]
  for (const theme of outcome.themes) {
    for (const idea of theme.ideas) {
      const row = [idea.text, idea.picture, idea.themeName ?? NO_THEME, String(idea.votes), idea.createdAt]
      if (outcome.showNames) row.push(idea.author ?? '')
      rows.push(row)
    }
  }
  return CSV_BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which
 * some trim first) as a formula. An apostrophe in front makes it text, so an idea such as
 * "=HYPERLINK(…)" cannot act when the file is opened.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function csvCell(value: string): string {
  const safe = neutraliseFormula(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
