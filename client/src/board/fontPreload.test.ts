import { DefaultFontFaces, type Editor, FontManager, type TLFontFace, allDefaultFontFaces } from 'tldraw'
import { describe, expect, it, vi } from 'vitest'
import { createTestStore } from '../sync/testStore.ts'
import { holdBackFontPreload, isDefaultFace } from './fontPreload.ts'

const face = (family: string, style: Partial<Pick<TLFontFace, 'weight' | 'style'>> = {}): TLFontFace => ({
  family,
  src: { url: `${family}.woff2`, format: 'woff2' },
  ...style,
})

/** tldraw's own font manager, on an editor that is only its store; fonts are "loaded" by a spy. */
function fontsOfAnEditor() {
  const editor = { store: createTestStore(), isDisposed: false } as unknown as Editor & { isDisposed: boolean }
  const fonts = new FontManager(editor, {})
  ;(editor as unknown as { fonts: FontManager }).fonts = fonts
  const loads = vi.spyOn(fonts, 'ensureFontIsLoaded').mockResolvedValue()
  return { editor, fonts, loads }
}

const nextMicrotask = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('holding back tldraw’s font preload', () => {
  it('takes back the fonts queued as the canvas mounts, and asks for the default face alone when told', async () => {
    const { editor, fonts, loads } = fontsOfAnEditor()
    const regular = face('tldraw_draw', { weight: 'normal' })
    fonts.requestFonts([regular, face('tldraw_draw', { weight: 'bold' }), face('tldraw_draw', { style: 'italic' }), face('tldraw_sans')])
    const preload = holdBackFontPreload(editor)
    await nextMicrotask()
    expect(loads).not.toHaveBeenCalled()

    preload()
    await nextMicrotask()
    expect(loads.mock.calls.map(([font]) => font)).toEqual([regular])
  })

  it("picks exactly tldraw's regular draw face out of its 16", () => {
    expect(allDefaultFontFaces).toHaveLength(16)
    expect(allDefaultFontFaces.filter(isDefaultFace)).toEqual([DefaultFontFaces.tldraw_draw.normal.normal])
  })

  it('leaves fonts asked for afterwards (by shapes as they render) to load at once', async () => {
    const { editor, fonts, loads } = fontsOfAnEditor()
    fonts.requestFonts([face('tldraw_serif')])
    holdBackFontPreload(editor)
    fonts.requestFonts([face('tldraw_mono')])
    await nextMicrotask()
    expect(loads.mock.calls.map(([font]) => font.family)).toEqual(['tldraw_mono'])
  })

  it('asks for nothing once the editor is gone, and holds nothing when nothing is queued', async () => {
    const { editor, fonts, loads } = fontsOfAnEditor()
    expect(holdBackFontPreload(editor)).toBeTypeOf('function')
    fonts.requestFonts([face('tldraw_draw')])
    const preload = holdBackFontPreload(editor)
    editor.isDisposed = true
    preload()
    await nextMicrotask()
    await nextMicrotask()
    expect(loads).not.toHaveBeenCalled()
  })
})
