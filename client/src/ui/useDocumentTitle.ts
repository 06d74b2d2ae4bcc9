// Names the browser tab after the page, so people with many tabs (and screen readers) know where they are.
import { useEffect } from 'react'

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Roundtable` : 'Roundtable'
  }, [title])
}
