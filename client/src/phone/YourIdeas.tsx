// "Your ideas": what this phone has sent in this room, newest first, each marked sent,
// waiting (saved on the phone until the board can take it) or private for now.
import type { MessageKey } from '../i18n/catalogs.ts'
import { useT } from '../i18n/useT.ts'
import { pictureWord } from '../room/appearanceWords.ts'
import { ReadAloud } from '../ui/ReadAloud.tsx'
import { type OutboxIdea, type OutboxState, outboxState } from './outbox.ts'

const STATE_WORDS: Record<OutboxState, { key: MessageKey; mark: string }> = {
  sent: { key: 'phone.state.sent', mark: '✓' },
  waiting: { key: 'phone.state.waiting', mark: '⏳' },
  private: { key: 'phone.state.private', mark: '🔒' },
}

export function YourIdeas({ ideas }: { ideas: readonly OutboxIdea[] }) {
  const t = useT()
  const waiting = ideas.filter((idea) => outboxState(idea) === 'waiting').length
  const newestFirst = [...ideas].reverse()
  return (
    <section className="phone-your-ideas">
      <h2>{t('phone.yourIdeas')}</h2>
      {waiting > 0 && <p className="phone-waiting">{t('phone.yourIdeas.waiting', { count: waiting })}</p>}
      {ideas.length === 0 ? (
        <p className="hint">{t('phone.yourIdeas.none')}</p>
      ) : (
        <ul className="phone-idea-list" data-testid="phone-your-ideas">
          {newestFirst.map((idea) => {
            const state = outboxState(idea)
            const words = STATE_WORDS[state]
            return (
              <li key={idea.id} className={`phone-idea is-${state}`} data-state={state}>
                <span className="phone-idea-picture" role="img" aria-label={pictureWord(idea.picture, t)}>
                  {idea.picture}
                </span>
                <span className="phone-idea-text" dir="auto">
                  {idea.text}
                </span>
                <span className="phone-idea-state">
                  <span aria-hidden="true">{words.mark} </span>
                  {t(words.key)}
                </span>
                <ReadAloud text={idea.text} ownWords />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
