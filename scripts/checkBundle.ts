// Weighs the JavaScript a phone downloads to add an idea — the app's entry, the phone page
// and every chunk they import — gzipped, and fails past the budget or if any of it is the
// canvas (tldraw). Run after `vite build`: `tsx scripts/checkBundle.ts [dist/client]`.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** 150 KB: what a phone on a weak signal can fetch in a few seconds. */
export const PHONE_BUDGET_BYTES = 150 * 1024

/** Manifest keys are paths from Vite's root (client/). */
export const PHONE_ENTRIES = ['index.html', 'src/phone/PhonePage.tsx'] as const

export interface ManifestChunk {
  file: string
  src?: string
  name?: string
  imports?: string[]
  dynamicImports?: string[]
}

export type Manifest = Record<string, ManifestChunk>

export interface WeighedChunk {
  key: string
  file: string
  bytes: number
  gzipBytes: number
}

export type BundleCheck =
  | { ok: true; chunks: WeighedChunk[]; total: number }
  | { ok: false; chunks: WeighedChunk[]; total: number; problems: string[] }

/** Parses Vite's manifest, or says what is wrong with it. */
export function parseManifest(json: unknown): Manifest | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'the manifest is not an object'
  for (const [key, chunk] of Object.entries(json as Record<string, unknown>)) {
    if (typeof chunk !== 'object' || chunk === null || typeof (chunk as ManifestChunk).file !== 'string') {
      return `the manifest entry "${key}" has no file`
    }
  }
  return json as Manifest
}

/**
 * The manifest keys of every chunk loaded to show the phone page: the entries and what they
 * import statically, transitively. Dynamic imports (the canvas, other pages) are left out:
 * they load only when opened.
 */
export function phoneChunkKeys(manifest: Manifest, entries: readonly string[] = PHONE_ENTRIES): string[] | string {
  const reached: string[] = []
  const queue = [...entries]
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (reached.includes(key)) continue
    const chunk = manifest[key]
    if (!chunk) return `the manifest has no "${key}"`
    reached.push(key)
    queue.push(...(chunk.imports ?? []))
  }
  return reached
}

/** Why a chunk counts as the canvas, or null. tldraw names its packages in its own code when it registers them. */
export function canvasSign(key: string, chunk: ManifestChunk, code: string): string | null {
  const names = [key, chunk.src ?? '', chunk.name ?? '']
  const named = names.find((name) => /node_modules\/(tldraw|@tldraw)\//.test(name) || name === 'src/board/CanvasView.tsx')
  if (named) return `its source is ${named}`
  const mentioned = /["'`](@tldraw\/[a-z-]+)["'`]/.exec(code)
  return mentioned ? `its code registers ${mentioned[1]}` : null
}

/** Weighs the phone's chunks; `read` gives a built file's bytes by its path in the build folder. */
export function checkPhoneBundle(manifest: Manifest, read: (file: string) => Buffer, budget = PHONE_BUDGET_BYTES): BundleCheck {
  const keys = phoneChunkKeys(manifest)
  if (typeof keys === 'string') return { ok: false, chunks: [], total: 0, problems: [keys] }
  const problems: string[] = []
  const chunks: WeighedChunk[] = []
  for (const key of keys) {
    const chunk = manifest[key] as ManifestChunk
    if (!chunk.file.endsWith('.js')) continue
    const code = read(chunk.file)
    const sign = canvasSign(key, chunk, code.toString('utf8'))
    if (sign) problems.push(`${chunk.file} is part of the canvas (${sign}), but the phone page must never load tldraw.`)
    chunks.push({ key, file: chunk.file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length })
  }
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
  if (total > budget) {
    problems.push(
      `The phone page's JavaScript is ${kilobytes(total)} gzipped, over its budget of ${kilobytes(budget)}. ` +
        'Look for a heavy module imported statically by the entry or the phone page.',
    )
  }
  return problems.length > 0 ? { ok: false, chunks, total, problems } : { ok: true, chunks, total }
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

export function formatTable(chunks: readonly WeighedChunk[], total: number, budget = PHONE_BUDGET_BYTES): string {
  const width = Math.max(5, ...chunks.map((chunk) => chunk.file.length))
  const row = (file: string, raw: string, gzip: string) => `${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`
  const lines = [row('chunk', 'raw', 'gzip'), ...chunks.map((chunk) => row(chunk.file, kilobytes(chunk.bytes), kilobytes(chunk.gzipBytes)))]
  lines.push(row('total', '', kilobytes(total)), row('budget', '', kilobytes(budget)))
  return lines.join('\n')
}

function main(): void {
  const dist = resolve(process.argv[2] ?? 'dist/client')
  const manifestPath = join(dist, '.vite', 'manifest.json')
  let json: unknown
  try {
    json = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'it is not there — run `vite build` first (vite.config.ts turns build.manifest on)' : String(error)
    process.stderr.write(`checkBundle: cannot read ${manifestPath}: ${reason}\n`)
    process.exit(1)
  }
  const manifest = parseManifest(json)
  if (typeof manifest === 'string') {
    process.stderr.write(`checkBundle: ${manifestPath}: ${manifest}\n`)
    process.exit(1)
  }
  const result = checkPhoneBundle(manifest, (file) => readFileSync(join(dist, file)))
  process.stdout.write(`The phone page's JavaScript (entry + phone page + their imports):\n${formatTable(result.chunks, result.total)}\n`)
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`checkBundle: ${problem}\n`)
    process.exit(1)
  }
  process.stdout.write(`OK: ${kilobytes(result.total)} of ${kilobytes(PHONE_BUDGET_BYTES)}, and no canvas code.\n`)
}

// Run as a script, not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
