// The same live board without the canvas, for keyboards and screen readers: "Add an idea",
// then each theme as a heading with its ideas, then the ideas in no theme. New ideas from
// others and changes of phase are announced politely.
import type { Board, Idea, Participant, Theme } from '@roundtable/shared'
import { type Ref, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useCardSession } from '../board/CardContext.tsx'
import { useT } from '../i18n/useT.ts'
import { AddIdeaForm } from './AddIdeaForm.tsx'
import { groupIdeas } from './ideaGroups.ts'
import { type ListPlace, focusNear } from './focusNear.ts'
import { IdeaSection } from './IdeaSection.tsx'
import { useListNews } from './useListNews.ts'
import './list.css'

const NO_THEME = 'list-no-theme'

export function ListView({
  board,
  participant,
  ideas,
  themes,
  synced,
  lockedReason,
  privateWriting,
  onGoToPrivate,
  addBox,
}: {
  board: Board
  participant: Participant
  /** The ideas this person can see. */
  ideas: readonly Idea[]
  themes: readonly Theme[]
  /** The session has loaded: its phase is known. */
  synced: boolean
  /** Why nobody can change the board now (it is locked), or null. */
  lockedReason: string | null
  privateWriting: boolean
  onGoToPrivate: () => void
  /** The "Add an idea" text box, for the board's own "Add an idea" button. */
  addBox: Ref<HTMLTextAreaElement>
}) {
  const t = useT()
  const { session } = useCardSession()
  const news = useListNews(ideas, synced ? session.phase : null, participant.id)
  const groups = useMemo(() => groupIdeas(themes, ideas), [themes, ideas])
  const lost = useRef<ListPlace | null>(null)
  const onFocusLost = useCallback((where: ListPlace) => {
    lost.current = where
  }, [])
  const locked = lockedReason !== null

  // An idea left the list under the keyboard (see ListIdea): after this render, find a place near it.
  useLayoutEffect(() => {
    const where = lost.current
    lost.current = null
    if (where) focusNear(where)
  })

  const add = (text: string) => board.addIdea({ text: text.trim(), authorId: participant.id, picture: participant.picture })
  const sectionProps = { board, locked, onFocusLost }
  return (
    <div className="list-view" data-testid="list-view">
      <AddIdeaForm onAdd={add} lockedReason={lockedReason} privateWriting={privateWriting} onGoToPrivate={onGoToPrivate} textBox={addBox} />
      {groups.themed.map(({ theme, ideas: inTheme }) => (
        <IdeaSection
          key={theme.id}
          sectionId={`list-theme-${theme.id}`}
          name={theme.name}
          ideas={inTheme}
          emptyText={t('list.themeEmpty')}
          {...sectionProps}
        />
      ))}
      {(groups.unthemed.length > 0 || themes.length === 0) && (
        <IdeaSection
          sectionId={NO_THEME}
          name={themes.length > 0 ? t('list.noTheme') : t('list.ideas')}
          ideas={groups.unthemed}
          emptyText={t('list.empty')}
          {...sectionProps}
        />
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="list-announcement">
        {news.text}
        {news.count % 2 === 1 ? '\u00a0' : ''}
      </p>
    </div>
  )
}
