import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressDirectory, SMALLEST_BYTES } from './precompress.ts'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('precompressDirectory', () => {
  it('writes a Brotli and a gzip copy of each script and style that decompress to the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-precompress-'))
    const script = 'export const card = "an idea on the board";\n'.repeat(100)
    writeFileSync(join(dir, 'canvas-1a2b.js'), script)
    writeFileSync(join(dir, 'board-3c4d.css'), '.idea-card { padding: 1rem }\n'.repeat(60))
    expect(await precompressDirectory(dir)).toBe(2)
    expect(brotliDecompressSync(readFileSync(join(dir, 'canvas-1a2b.js.br'))).toString()).toBe(script)
    expect(gunzipSync(readFileSync(join(dir, 'canvas-1a2b.js.gz'))).toString()).toBe(script)
    expect(readFileSync(join(dir, 'canvas-1a2b.js.br')).byteLength).toBeLessThan(script.length / 10)
    expect(existsSync(join(dir, 'board-3c4d.css.br'))).toBe(true)
  })

  it('leaves alone fonts, which are compressed already, and files too small to gain', async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-precompress-'))
    writeFileSync(join(dir, 'font-5e6f.woff2'), Buffer.alloc(4096))
    writeFileSync(join(dir, 'tiny-7a8b.js'), 'x'.repeat(SMALLEST_BYTES - 1))
    expect(await precompressDirectory(dir)).toBe(0)
    expect(existsSync(join(dir, 'font-5e6f.woff2.br'))).toBe(false)
    expect(existsSync(join(dir, 'tiny-7a8b.js.gz'))).toBe(false)
  })
})
