// The room pages' dead ends, in plain words with a way on.
import { HomeLink, MessagePage } from '../ui/MessagePage.tsx'

export function RoomMissing() {
  return (
    <MessagePage title="This room does not exist">
      <p>The link or code may have a mistake in it, or the room may have been deleted.</p>
      <HomeLink />
    </MessagePage>
  )
}

export function ServerUnreachable({ onRetry }: { onRetry: () => void }) {
  return (
    <MessagePage title="Can't reach the Roundtable server">
      <p>Check your internet connection, then try again.</p>
      <p>
        <button type="button" className="button primary" onClick={onRetry}>
          Try again
        </button>
      </p>
    </MessagePage>
  )
}
