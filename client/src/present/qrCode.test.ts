// The wall screen's QR code must scan back to the exact join link, quiet zone and all.
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { QUIET_ZONE, type QrCode, qrCode } from './qrCode.ts'

const PIXELS_PER_MODULE = 6

/** Paints the code as the SVG does, dark rectangles on white, into an RGBA buffer a decoder can read. */
function paint(code: QrCode): { pixels: Uint8ClampedArray; width: number } {
  const width = code.size * PIXELS_PER_MODULE
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const match of code.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [, x, y, w, back] = match.map(Number) as [number, number, number, number, number]
    expect(back).toBe(w)
    for (let py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
      for (let px = x * PIXELS_PER_MODULE; px < (x + w) * PIXELS_PER_MODULE; px++) {
        const at = (py * width + px) * 4
        pixels[at] = 0
        pixels[at + 1] = 0
        pixels[at + 2] = 0
      }
    }
  }
  return { pixels, width }
}

function darkModules(code: QrCode): Set<string> {
  const dark = new Set<string>()
  for (const match of code.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [, x, y, w] = match.map(Number) as [number, number, number, number]
    for (let i = 0; i < w; i++) dark.add(`${x + i},${y}`)
  }
  return dark
}

describe('the join link QR code', () => {
  it.each([
    'http://127.0.0.1:5173/r/AbCdEfGhIjKlMnOpQrStUv',
    'https://roundtable.example.org/r/0123456789_-abcdefghij',
    'https://workshops.roundtable.care-partnership.nhs.example.uk:8443/r/Zz9_-Yy8Xx7Ww6Vv5Uu4Tt',
  ])('scans back to the same link: %s', (link) => {
    const code = qrCode(link)
    const { pixels, width } = paint(code)
    expect(jsQR(pixels, width, width, { inversionAttempts: 'dontInvert' })?.data).toBe(link)
  })

  it('leaves a light quiet zone of four modules on every side', () => {
    const code = qrCode('https://roundtable.example.org/r/AbCdEfGhIjKlMnOpQrStUv')
    const dark = [...darkModules(code)].map((spot) => spot.split(',').map(Number) as [number, number])
    expect(dark.length).toBeGreaterThan(0)
    expect(Math.min(...dark.map(([x]) => x))).toBe(QUIET_ZONE)
    expect(Math.min(...dark.map(([, y]) => y))).toBe(QUIET_ZONE)
    expect(Math.max(...dark.map(([x]) => x))).toBe(code.size - QUIET_ZONE - 1)
    expect(Math.max(...dark.map(([, y]) => y))).toBe(code.size - QUIET_ZONE - 1)
  })
})
