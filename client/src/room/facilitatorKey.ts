// The facilitator link carries its key in the URL fragment (never sent to the server in
// requests). The room page takes it out, keeps it, and clears it from the address bar.

/** Splits `#key=…` out of a fragment: the key (or null) and the fragment that is left ("" when nothing is). */
export function takeFacilitatorKey(hash: string): { key: string | null; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const key = params.get('key')
  if (!key) return { key: null, rest: hash }
  params.delete('key')
  const rest = params.toString()
  return { key, rest: rest ? `#${rest}` : '' }
}
