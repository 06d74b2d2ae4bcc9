// The wall screen's few controls, small and out of the way: whether it is live, display and
// language, and the way back to the board.
import type { ConnectionSnapshot } from '../connection/connectionStatus.ts'
import { useT } from '../i18n/useT.ts'
import { DisplaySettings } from '../preferences/DisplaySettings.tsx'
import { roomPath } from '../routing/route.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { Link } from '../ui/Link.tsx'

export function WallTools({ roomId, status }: { roomId: string; status: ConnectionSnapshot }) {
  const t = useT()
  const words =
    status.state === 'connected' ? t('present.live') : status.hasSynced ? t('present.reconnecting') : t('present.connecting')
  return (
    <div className="wall-tools">
      <p className={`wall-connection is-${status.state}`} role="status" data-testid="present-connection">
        {/* A shape as well as a colour, so the state never rests on colour alone. */}
        <span className="wall-connection-mark" aria-hidden="true">
          {status.state === 'connected' ? '●' : '○'}
        </span>
        {words}
      </p>
      <DisplaySettings className="button secondary small" />
      <Link href={roomPath(roomId)} className="button secondary small" data-testid="back-to-board">
        <ButtonPicture emoji="↩️" />
        {t('present.backToBoard')}
      </Link>
    </div>
  )
}
