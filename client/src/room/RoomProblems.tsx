// The room pages' dead ends, in plain words with a way on.
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { HomeLink, MessagePage } from '../ui/MessagePage.tsx'

export function RoomMissing() {
  const t = useT()
  return (
    <MessagePage title={t('room.missing.title')}>
      <p>{t('room.missing.body')}</p>
      <HomeLink />
    </MessagePage>
  )
}

export function ServerUnreachable({ onRetry }: { onRetry: () => void }) {
  const t = useT()
  return (
    <MessagePage title={t('room.unreachable.title')}>
      <p>{t('room.unreachable.body')}</p>
      <p>
        <button type="button" className="button primary" onClick={onRetry}>
          <ButtonPicture emoji="🔄" />
          {t('common.tryAgain')}
        </button>
      </p>
    </MessagePage>
  )
}
