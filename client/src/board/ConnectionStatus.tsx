// The always-visible line saying whether this board is live, offline or reconnecting.
import { type ConnectionSnapshot, statusText } from '../connection/connectionStatus.ts'
import { useT } from '../i18n/useT.ts'

export function ConnectionStatus({ status }: { status: ConnectionSnapshot }) {
  const t = useT()
  return (
    <p className={`connection-status is-${status.state}`} role="status" aria-live="polite" data-testid="connection-status">
      <span className="status-dot" aria-hidden="true" />
      {statusText(status.state, t)}
    </p>
  )
}
