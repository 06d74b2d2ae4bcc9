// "Delete this room for good", last in the Facilitate panel: asked once more in a dialog,
// then the server cuts everyone off and forgets the room, and this browser goes home with a
// notice (RoomDeletedNotice, shown by the home page).
import { useEffect, useId, useRef, useState } from 'react'
import { deleteRoom } from '../api/roomDeletionApi.ts'
import { useT } from '../i18n/useT.ts'
import { roomMemory } from '../room/roomMemory.ts'
import { navigate } from '../routing/navigation.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { facilitationProblem } from './useFacilitatorCommands.ts'

/** Carries the notice to the home page once, across the navigation. */
const NOTICE_KEY = 'roundtable:notice'
const ROOM_DELETED = 'room-deleted'

export function DeleteRoom({ roomId, facilitatorKey, remove = deleteRoom }: { roomId: string; facilitatorKey: string; remove?: typeof deleteRoom }) {
  const t = useT()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (asking && !element.open) element.showModal()
    if (!asking && element.open) element.close()
  }, [asking])

  const confirm = async () => {
    setBusy(true)
    const result = await remove(roomId, facilitatorKey)
    setBusy(false)
    // 404: another facilitator deleted it a moment ago, which is what this person wanted too.
    if (!result.ok && result.status !== 404) return setError(facilitationProblem(result))
    roomMemory(roomId).forgetFacilitatorKey()
    rememberNotice()
    navigate('/')
  }

  const ask = () => {
    setError(null)
    setAsking(true)
  }

  return (
    <section className="facilitate-section" aria-labelledby={`${id}-delete`} data-testid="delete-room">
      <h3 id={`${id}-delete`}>{t('facilitate.delete.title')}</h3>
      <p className="hint">{t('facilitate.delete.hint')}</p>
      <button type="button" className="button secondary" onClick={ask}>
        <ButtonPicture emoji="🗑️" />
        {t('facilitate.delete.open')}
      </button>
      <dialog ref={dialog} className="dialog small-dialog" aria-labelledby={`${id}-question`} onClose={() => setAsking(false)}>
        {asking && (
          <>
            <h2 id={`${id}-question`}>{t('facilitate.delete.question')}</h2>
            <p>{t('facilitate.delete.body')}</p>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            {busy && <p role="status">{t('facilitate.delete.deleting')}</p>}
            <p className="actions">
              <button type="button" className="button primary" onClick={() => void confirm()} disabled={busy}>
                <ButtonPicture emoji="🗑️" />
                {t('facilitate.delete.confirm')}
              </button>
              <button type="button" className="button secondary" onClick={() => setAsking(false)} disabled={busy}>
                <ButtonPicture emoji="✋" />
                {t('facilitate.delete.keep')}
              </button>
            </p>
          </>
        )}
      </dialog>
    </section>
  )
}

/** On the home page: "The room has been deleted for good", once, after a deletion. */
export function RoomDeletedNotice() {
  const t = useT()
  // Read during render, cleared once shown: a render React throws away (a page still loading) must not use it up.
  const [shown] = useState(hasNotice)
  useEffect(() => {
    if (shown) clearNotice()
  }, [shown])
  if (!shown) return null
  return (
    <p className="notice" role="status" data-testid="room-deleted-notice">
      {t('facilitate.delete.done')}
    </p>
  )
}

// sessionStorage can be refused (some private modes): then there is simply no notice.
function rememberNotice(): void {
  try {
    window.sessionStorage.setItem(NOTICE_KEY, ROOM_DELETED)
  } catch {
    // no notice
  }
}

function hasNotice(): boolean {
  try {
    return window.sessionStorage.getItem(NOTICE_KEY) === ROOM_DELETED
  } catch {
    return false
  }
}

function clearNotice(): void {
  try {
    window.sessionStorage.removeItem(NOTICE_KEY)
  } catch {
    // nothing to clear
  }
}
