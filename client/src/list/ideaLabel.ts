// An idea's words as they go into a button's name ("Vote for: …"): on one line and short
// enough to hear, so every button on a long idea does not read the whole idea again.

const LONGEST = 60

/** The idea's words trimmed to one line, cut at a word near `longest` characters; null for an empty idea. */
export function ideaLabel(text: string, longest = LONGEST): string | null {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '') return null
  if (line.length <= longest) return line
  // One character more, so a word that ends exactly at the limit is kept.
  const lastSpace = line.slice(0, longest + 1).lastIndexOf(' ')
  // A cut inside a very long word still keeps most of the words.
  return `${line.slice(0, lastSpace > longest / 2 ? lastSpace : longest).trimEnd()}…`
}
