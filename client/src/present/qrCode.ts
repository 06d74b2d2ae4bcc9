// Turns a link into a QR code the app draws itself (nothing is fetched from elsewhere): the
// dark modules as one SVG path, with the light quiet zone scanners need around the code.
import { encode } from 'uqr'

/** Light modules on every side: scanners look for this margin (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4

export interface QrCode {
  /** Width and height in modules, quiet zone included. */
  size: number
  /** The dark modules in module units, one `M x y h w v1 h -w z` rectangle per run of dark modules in a row. */
  path: string
}

export function qrCode(text: string): QrCode {
  // Medium error correction: a projector's glare or a keystoned picture can spoil part of the code.
  const { size, data } = encode(text, { ecc: 'M', border: QUIET_ZONE })
  const runs: string[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x += 1
        continue
      }
      let end = x
      while (end < size && row[end]) end += 1
      // Runs rather than single squares keep the path short and leave no seams between neighbours.
      runs.push(`M${x} ${y}h${end - x}v1h-${end - x}z`)
      x = end
    }
  })
  return { size, path: runs.join('') }
}
