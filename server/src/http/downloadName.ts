// A Content-Disposition header that downloads a file named after the room's title, safe
// for every browser and file system: an ASCII name, plus the UTF-8 one for browsers that read it.

const MAX_NAME_LENGTH = 60

/** The title's letters and digits in runs joined by dashes, or "roundtable" when nothing is left. */
function slug(title: string, keep: RegExp): string {
  const words = title.normalize('NFKC').toLowerCase().split(keep).filter((word) => word !== '')
  const joined = [...words.join('-')].slice(0, MAX_NAME_LENGTH).join('').replace(/-+$/, '')
  return joined || 'roundtable'
}

export function attachment(title: string, suffix: string): string {
  // Accents are dropped from the ASCII name (é → e) rather than lost with the whole word.
  const ascii = slug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), /[^a-z0-9]+/)
  const unicode = slug(title, /[^\p{L}\p{N}]+/u)
  const plain = `attachment; filename="${ascii}${suffix}"`
  return unicode === ascii ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(unicode + suffix)}`
}
