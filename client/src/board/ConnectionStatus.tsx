// The always-visible line saying whether this board is live, offline or reconnecting.
import { type ConnectionSnapshot, STATUS_TEXT } from '../connection/connectionStatus.ts'

export function ConnectionStatus({ status }: { status: ConnectionSnapshot }) {
  return (
    <p className={`connection-status is-${status.state}`} role="status" aria-live="polite" data-testid="connection-status">
      <span className="status-dot" aria-hidden="true" />
      {STATUS_TEXT[status.state]}
    </p>
  )
}
