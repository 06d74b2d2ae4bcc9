// The newest ideas the room can see, newest first, in large type with each writer's
// picture; a new one fades in gently (not at all for people who turn motion off).
import type { Idea } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { useNewIdeaAnnouncement } from './useNewIdeaAnnouncement.ts'

export function NewestIdeas({ ideas, total, ready }: { ideas: readonly Idea[]; total: number; ready: boolean }) {
  const t = useT()
  const announcement = useNewIdeaAnnouncement(ideas, ready)
  return (
    <section className="wall-ideas" aria-labelledby="wall-ideas-title" data-testid="present-ideas">
      <div className="wall-ideas-heading">
        <h2 id="wall-ideas-title">{t('present.ideasHeading')}</h2>
        {ready && (
          <p className="wall-idea-count" data-testid="present-idea-count">
            {t('present.ideaCount', { count: total })}
          </p>
        )}
      </div>
      {!ready ? (
        <p className="loading">{t('present.loadingIdeas')}</p>
      ) : ideas.length === 0 ? (
        <p className="wall-no-ideas">{t('present.noIdeas')}</p>
      ) : (
        <ol className="wall-idea-list" aria-labelledby="wall-ideas-title" data-testid="present-idea-list">
          {ideas.map((idea) => (
            <li key={idea.id} className="wall-idea" data-testid="present-idea">
              <span className="wall-idea-picture" aria-hidden="true">
                {idea.picture}
              </span>
              {/* People's own words, in whatever language and direction they wrote them. */}
              <span className="wall-idea-text" dir="auto">
                {idea.text}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="present-idea-announcement">
        {announcement}
      </p>
    </section>
  )
}
