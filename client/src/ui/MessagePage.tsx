// A whole page with one plain message: used for loading, and for when something is wrong.
import type { ReactNode } from 'react'
import { Link } from './Link.tsx'
import { useDocumentTitle } from './useDocumentTitle.ts'

export function MessagePage({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title)
  return (
    <main className="page message-page">
      <h1>{title}</h1>
      {children}
    </main>
  )
}

export function LoadingPage({ text }: { text: string }) {
  useDocumentTitle('')
  return (
    <main className="page message-page">
      <p role="status" className="loading">
        {text}
      </p>
    </main>
  )
}

/** Where to go from a dead end. */
export function HomeLink() {
  return (
    <p>
      <Link href="/">Go to the Roundtable home page</Link>
    </p>
  )
}
