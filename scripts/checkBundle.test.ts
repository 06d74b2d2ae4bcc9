import { describe, expect, it } from 'vitest'
import { type Manifest, checkPhoneBundle, formatTable, parseManifest, phoneChunkKeys } from './checkBundle.ts'

// A manifest shaped like Vite's: the entry, the phone page, a shared chunk, and the canvas behind a dynamic import.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    imports: ['_shared.js'],
    dynamicImports: ['src/phone/PhonePage.tsx', 'src/board/BoardView.tsx'],
  },
  'src/phone/PhonePage.tsx': { file: 'assets/PhonePage.js', src: 'src/phone/PhonePage.tsx', imports: ['_shared.js', '_yjs.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_yjs.js': { file: 'assets/yjs.js', imports: ['_runtime.js'] },
  'src/board/BoardView.tsx': { file: 'assets/BoardView.js', imports: ['_shared.js'], dynamicImports: ['src/board/CanvasView.tsx'] },
  'src/board/CanvasView.tsx': { file: 'assets/CanvasView.js', imports: ['_shared.js'] },
  'style.css': { file: 'assets/index.css' },
}

const plain = (file: string) => Buffer.from(`/* ${file} */ export const x = 1`)

describe('the phone bundle check', () => {
  it('follows static imports from the entry and the phone page, and leaves the canvas out', () => {
    expect(phoneChunkKeys(manifest)).toEqual(['index.html', 'src/phone/PhonePage.tsx', '_shared.js', '_yjs.js', '_runtime.js'])
  })

  it('says which entry is missing from the manifest', () => {
    const { 'src/phone/PhonePage.tsx': _gone, ...withoutPhone } = manifest
    expect(phoneChunkKeys(withoutPhone)).toBe('the manifest has no "src/phone/PhonePage.tsx"')
  })

  it('passes a small bundle and counts every chunk once', () => {
    const result = checkPhoneBundle(manifest, plain)
    expect(result.ok).toBe(true)
    expect(result.chunks.map((chunk) => chunk.file)).toEqual([
      'assets/index.js',
      'assets/PhonePage.js',
      'assets/shared.js',
      'assets/yjs.js',
      'assets/runtime.js',
    ])
    expect(result.total).toBe(result.chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0))
  })

  it('fails a bundle over the budget, saying by how much', () => {
    const result = checkPhoneBundle(manifest, plain, 10)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join('\n')).toMatch(/gzipped, over its budget of 0\.0 KB/)
  })

  it('fails when the phone page would load tldraw, by source name or by its code', () => {
    const pulled: Manifest = {
      ...manifest,
      'src/phone/PhonePage.tsx': { ...manifest['src/phone/PhonePage.tsx']!, imports: ['_tldraw.js', '../node_modules/@tldraw/editor/index.mjs'] },
      '_tldraw.js': { file: 'assets/vendor.js' },
      '../node_modules/@tldraw/editor/index.mjs': { file: 'assets/editor.js', src: '../node_modules/@tldraw/editor/index.mjs' },
    }
    const read = (file: string) => (file === 'assets/vendor.js' ? Buffer.from('registerTldrawLibraryVersion("@tldraw/store","5.4.2")') : plain(file))
    const result = checkPhoneBundle(pulled, read)
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/assets\/vendor\.js is part of the canvas \(its code registers @tldraw\/store\)/)
    expect(problems[1]).toMatch(/assets\/editor\.js is part of the canvas \(its source is \.\.\/node_modules\/@tldraw\/editor/)
  })

  it('rejects a manifest that is not one', () => {
    expect(parseManifest([])).toBe('the manifest is not an object')
    expect(parseManifest({ 'index.html': { src: 'index.html' } })).toBe('the manifest entry "index.html" has no file')
  })

  it('prints a row per chunk with the total', () => {
    const result = checkPhoneBundle(manifest, plain)
    const table = formatTable(result.chunks, result.total)
    expect(table.split('\n')).toHaveLength(result.chunks.length + 3)
    expect(table).toMatch(/^total\s+[\d.]+ KB$/m)
  })
})
