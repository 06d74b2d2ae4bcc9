// Words for a polite live region when something changes: nothing on first load (the page
// already shows it), then a sentence each time the value changes.
import { useEffect, useRef, useState } from 'react'

/** `value` null means "not known yet": the first known value is not announced. */
export function useAnnouncement<T>(value: T | null, words: (value: T) => string): string {
  const [text, setText] = useState('')
  const previous = useRef<T | null>(null)
  const describe = useRef(words)
  describe.current = words
  useEffect(() => {
    if (value === null) return
    const before = previous.current
    previous.current = value
    if (before !== null && before !== value) setText(describe.current(value))
  }, [value])
  return text
}
