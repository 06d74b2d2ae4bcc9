// Prints suggested themes for a file of ideas as JSON: `npm run themes -- FILE.json`.
// A thin wrapper: reading the file is here, everything else is in shared/.

import { readFile } from 'node:fs/promises'
import { parseIdeasFile, suggestThemes } from '@roundtable/shared'

function fail(message: string): never {
  process.stderr.write(`themes: ${message}\n`)
  process.exit(1)
}

const [file, ...extra] = process.argv.slice(2)
if (file === undefined || extra.length > 0) fail('usage: npm run themes -- FILE.json')

let json: string
try {
  json = await readFile(file, 'utf8')
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') fail(`no such file: ${file}`)
  if (code === 'EISDIR') fail(`${file} is a folder, not a file`)
  fail(`cannot read ${file} (${code ?? String(error)})`)
}

const parsed = parseIdeasFile(json)
if (!parsed.ok) fail(`${file}: ${parsed.error}`)
// One group a line: still JSON, and easy to read in a terminal.
const lines = suggestThemes(parsed.ideas).map((theme) => `  ${JSON.stringify(theme)}`)
process.stdout.write(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`)
