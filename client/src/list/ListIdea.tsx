// One idea in the list: its picture, the author's words as written, its votes, and what can be
// done with it by keyboard — Edit, Move to a theme, Withdraw (your own), Hide (facilitators)
// and Read aloud. Every button's name says which idea it is for.
import type { Board, Idea } from '@roundtable/shared'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useCardSession } from '../board/CardContext.tsx'
import { useAuthorName } from '../board/ideaShape/useAuthorName.ts'
import { pictureWord } from '../room/appearanceWords.ts'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { ReadAloud } from '../ui/ReadAloud.tsx'
import { type ListPlace, listPlaceOf } from './focusNear.ts'
import { IdeaEditor } from './IdeaEditor.tsx'
import { ideaLabel } from './ideaLabel.ts'
import { ListIdeaVoting } from './ListIdeaVoting.tsx'

export function ListIdea({
  idea,
  board,
  locked,
  sectionId,
  index,
  onFocusLost,
}: {
  idea: Idea
  board: Board
  /** The board is locked for this person: no editing or moving. */
  locked: boolean
  sectionId: string
  index: number
  onFocusLost: (lost: ListPlace) => void
}) {
  const t = useT()
  const { participantId, canModerate, session, themeCount, requestMove, requestWithdraw, setHidden } = useCardSession()
  const authorName = useAuthorName(board, session.showNames ? idea.authorId : null)
  const [editing, setEditing] = useState(false)
  const item = useRef<HTMLLIElement>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const backToEdit = useRef(false)
  const report = useRef(onFocusLost)
  report.current = onFocusLost
  const label = ideaLabel(idea.text) ?? t('list.emptyIdea')
  const isMine = idea.authorId === participantId
  // A board locked while someone edits ends the editing: the words could not be saved.
  const showEditor = editing && !locked
  useEffect(() => {
    if (locked) setEditing(false)
  }, [locked])

  useEffect(() => {
    if (showEditor || !backToEdit.current) return
    backToEdit.current = false
    editButton.current?.focus()
  }, [showEditor])

  // Runs as the item is taken out, while it still holds the focus.
  useLayoutEffect(() => {
    const element = item.current
    return () => {
      const focused = document.activeElement
      const place = focused && element?.contains(focused) ? listPlaceOf(focused) : null
      if (place) report.current(place)
    }
  }, [])

  const stopEditing = () => {
    backToEdit.current = true
    setEditing(false)
  }

  return (
    <li ref={item} className="list-idea" data-testid="list-idea" data-idea-id={idea.id} data-section-id={sectionId} data-index={index}>
      <span className="list-idea-picture" role="img" aria-label={pictureWord(idea.picture, t)}>
        {idea.picture}
      </span>
      <div className="list-idea-body">
        {showEditor ? (
          <IdeaEditor
            text={idea.text}
            onSave={(text) => {
              board.editIdea(idea.id, text)
              stopEditing()
            }}
            onCancel={stopEditing}
          />
        ) : (
          <p className="list-idea-text" dir="auto" data-testid="list-idea-text">
            {idea.text.trim() === '' ? <span className="list-idea-empty">{t('list.emptyIdea')}</span> : idea.text}
          </p>
        )}
        {authorName && (
          <p className="list-idea-author" data-testid="list-idea-author">
            {t('list.writtenBy', { name: authorName })}
          </p>
        )}
        <ListIdeaVoting ideaId={idea.id} label={label} />
        {!showEditor && (
          <p className="list-idea-actions">
            {!locked && (
              <button
                ref={editButton}
                type="button"
                className="button secondary"
                data-action="edit"
                aria-label={t('list.editThis', { idea: label })}
                onClick={() => setEditing(true)}
              >
                <ButtonPicture emoji="✏️" />
                {t('list.edit')}
              </button>
            )}
            {!locked && themeCount > 0 && (
              <button
                type="button"
                className="button secondary"
                data-action="move"
                aria-label={t('list.moveThis', { idea: label })}
                onClick={() => requestMove(idea.id)}
              >
                <ButtonPicture emoji="📦" />
                {t('list.move')}
              </button>
            )}
            {isMine && (
              <button
                type="button"
                className="button secondary"
                data-action="withdraw"
                aria-label={t('list.withdrawThis', { idea: label })}
                onClick={() => requestWithdraw(idea.id)}
              >
                <ButtonPicture emoji="🗑️" />
                {t('list.withdraw')}
              </button>
            )}
            {canModerate && (
              <button
                type="button"
                className="button secondary"
                data-action="hide"
                aria-label={t('list.hideThis', { idea: label })}
                onClick={() => setHidden(idea.id, true)}
              >
                <ButtonPicture emoji="🙈" />
                {t('list.hide')}
              </button>
            )}
            <ReadAloud text={idea.text} ownWords className="list-read-aloud" />
          </p>
        )}
      </div>
    </li>
  )
}
