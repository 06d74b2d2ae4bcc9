// A whole page with one plain message: used for loading, and for when something is wrong.
// Even a dead end lets a person change language and display, so they can read it.
import type { ReactNode } from 'react'
import { useT } from '../i18n/useT.ts'
import { Link } from './Link.tsx'
import { PageTools } from './PageTools.tsx'
import { useDocumentTitle } from './useDocumentTitle.ts'

export function MessagePage({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title)
  return (
    <main className="page message-page">
      <PageTools help={false} />
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
  const t = useT()
  return (
    <p>
      <Link href="/">{t('common.homeLink')}</Link>
    </p>
  )
}
