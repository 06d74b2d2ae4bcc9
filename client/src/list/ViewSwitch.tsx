// "Show the board as: Canvas | List": two links to the room's two board views, the current one
// marked. Following one keeps the board page (and its connection) and remembers the choice.
import { useId } from 'react'
import { useT } from '../i18n/useT.ts'
import type { BoardView } from '../preferences/preferences.ts'
import { updatePreferences } from '../preferences/preferencesStore.ts'
import { roomPath } from '../routing/route.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Link } from '../ui/Link.tsx'
import './list.css'

const VIEWS: ReadonlyArray<{ view: BoardView; picture: string }> = [
  { view: 'canvas', picture: '🖼️' },
  { view: 'list', picture: '📋' },
]

export function ViewSwitch({ roomId, view }: { roomId: string; view: BoardView }) {
  const t = useT()
  const id = useId()
  return (
    <div className="view-switch" role="group" aria-labelledby={`${id}-label`} data-testid="view-switch">
      <span className="view-switch-label" id={`${id}-label`}>
        {t('boardPage.view.label')}
      </span>
      {VIEWS.map((option) => (
        <Link
          key={option.view}
          href={roomPath(roomId, option.view)}
          className="view-switch-option"
          aria-current={option.view === view ? 'page' : undefined}
          data-view={option.view}
          onClick={() => void updatePreferences({ boardView: option.view })}
        >
          <ButtonPicture emoji={option.picture} />
          {t(`boardPage.view.${option.view}`)}
        </Link>
      ))}
    </div>
  )
}
