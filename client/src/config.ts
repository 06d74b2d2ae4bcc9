// The client's settings from the build environment. This is the only module that reads
// import.meta.env.

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

export const config = {
  /** tldraw's licence key, needed in production on HTTPS hosts other than localhost. */
  tldrawLicenseKey: optional(import.meta.env.VITE_TLDRAW_LICENSE_KEY),
} as const
