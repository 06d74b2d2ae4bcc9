// Reads a QR code the way a phone camera would: the SVG on screen is drawn to a canvas at
// its shown size and decoded with jsQR, evaluated inside the page for this one reading.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Locator } from 'playwright-core'

const require = createRequire(import.meta.url)
const jsQrSource = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8')

export async function readQrCode(svg: Locator): Promise<string | null> {
  const page = svg.page()
  const loaded = await page.evaluate(() => 'jsQR' in window)
  // The UMD bundle defines jsQR on window when there is no module system.
  if (!loaded) await page.evaluate(`(function(){var module=undefined,exports=undefined,define=undefined;${jsQrSource}\n})()`)
  return svg.evaluate(async (element) => {
    const box = element.getBoundingClientRect()
    const markup = new XMLSerializer().serializeToString(element)
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(box.width)
    canvas.height = Math.round(box.height)
    const context = canvas.getContext('2d')
    if (!context) return null
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
    type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null
    const decode = (window as unknown as { jsQR: Decode }).jsQR
    return decode(pixels.data, pixels.width, pixels.height)?.data ?? null
  })
}
