// Locking the board, bringing everyone to your view, and showing names on ideas.
import type { SessionState, SharedView } from '@roundtable/shared'
import { useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { SessionCheckbox } from './SessionCheckbox.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'

export function BoardControls({
  session,
  commands,
  currentView,
}: {
  session: SessionState
  commands: FacilitatorCommands
  /** The part of the board on this screen, or null before the canvas is ready. */
  currentView: () => SharedView | null
}) {
  const t = useT()
  const id = useId()
  const [brought, setBrought] = useState('')

  const bringEveryone = async () => {
    const view = currentView()
    if (!view) return commands.showError(t('facilitate.notLoaded'))
    if (await commands.send({ type: 'bring-everyone', view })) setBrought(t('facilitate.board.brought'))
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-board`}>
      <h3 id={`${id}-board`}>{t('facilitate.board.title')}</h3>
      <p className="actions">
        <button type="button" className="button secondary small" onClick={() => void commands.send({ type: 'set-lock', locked: !session.locked })}>
          <ButtonPicture emoji={session.locked ? '🔓' : '🔒'} />
          {session.locked ? t('facilitate.board.unlock') : t('facilitate.board.lock')}
        </button>
        <button type="button" className="button secondary small" onClick={() => void bringEveryone()} aria-describedby={`${id}-bring`}>
          <ButtonPicture emoji="📍" />
          {t('facilitate.board.bringEveryone')}
        </button>
      </p>
      <p className="hint" id={`${id}-bring`}>
        {t('facilitate.board.bringHint')}
      </p>
      <p className="visually-hidden" role="status">
        {brought}
      </p>
      <SessionCheckbox checked={session.showNames} onChange={(on) => commands.send({ type: 'set-show-names', on })}>
        {t('facilitate.board.showNames')}
      </SessionCheckbox>
    </section>
  )
}
