// Saves a file made or fetched in this page as a download, the way a link with `download` does.

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the file after click() returns; let them finish before letting go of it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file name from a room's title: its letters and digits joined by dashes, or "roundtable". */
export function fileNameFor(title: string, suffix: string): string {
  const words = title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  return `${[...words.join('-')].slice(0, 60).join('').replace(/-+$/, '') || 'roundtable'}${suffix}`
}
