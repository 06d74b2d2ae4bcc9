// Compresses the built client's scripts, styles and pictures once, at build time, with
// Brotli and gzip, so the server sends a board's code without compressing it again for
// every visitor (see server/src/http/staticClient.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Files worth compressing: text. Fonts (woff2) and most images are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt)$/
/** Within 2 % of Brotli's smallest (quality 11) for the canvas's code, in half the time. */
export const BROTLI_QUALITY = 10
/** Below this a compressed copy saves less than the bytes of its own headers. */
export const SMALLEST_BYTES = 1024

/** Writes `<file>.br` and `<file>.gz` beside every compressible file of at least SMALLEST_BYTES in `dir`. */
export async function precompressDirectory(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name))
  const written = await Promise.all(
    names.map(async (name) => {
      const file = join(dir, name)
      const bytes = await readFile(file)
      if (bytes.byteLength < SMALLEST_BYTES) return 0
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }),
        gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ])
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
      return 1
    }),
  )
  return written.reduce((sum: number, one) => sum + one, 0)
}

/** The Vite plugin: after a build is written, precompresses its content-hashed assets. */
export function precompress(assetsDir = 'assets'): Plugin {
  return {
    name: 'roundtable:precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressDirectory(join(options.dir, assetsDir))
    },
  }
}
