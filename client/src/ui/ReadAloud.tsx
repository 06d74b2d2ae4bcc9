// "Read aloud": speaks a piece of text with the browser's own speech synthesis. Nothing is
// sent anywhere. Where the browser has no speech synthesis the button is not shown at all.
import { useT } from '../i18n/useT.ts'
import { usePreferences } from '../preferences/usePreferences.ts'

export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function'
}

/** Speaks `text`; `lang` is given for the app's own words, left out for ideas, which keep their authors' language. */
export function speak(text: string, lang?: string): void {
  if (!canReadAloud()) return
  window.speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  if (lang) utterance.lang = lang
  window.speechSynthesis.speak(utterance)
}

export function ReadAloud({ text, ownWords = false, className }: { text: string; ownWords?: boolean; className?: string }) {
  const t = useT()
  const { language } = usePreferences()
  if (!canReadAloud() || text.trim() === '') return null
  const label = t('common.readAloudThis', { text: text.length > 80 ? `${text.slice(0, 77)}…` : text })
  return (
    <button
      type="button"
      className={`read-aloud${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={t('common.readAloud')}
      onClick={() => speak(text, ownWords ? undefined : language)}
    >
      <span aria-hidden="true">🔊</span>
    </button>
  )
}
