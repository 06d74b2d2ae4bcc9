// The way to the room's wall screen, for the projector: opened in a new tab or window so
// the facilitator's own board stays where it is.
import { useT } from '../i18n/useT.ts'
import { roomPath } from '../routing/route.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'

export function WallScreenLink({ roomId }: { roomId: string }) {
  const t = useT()
  return (
    <section className="facilitate-section" aria-labelledby="wall-screen-title">
      <h3 id="wall-screen-title">{t('facilitate.wall.title')}</h3>
      <p className="hint">{t('facilitate.wall.hint')}</p>
      <a className="button secondary" href={roomPath(roomId, 'present')} target="_blank" rel="noopener" data-testid="wall-screen-link">
        <ButtonPicture emoji="📽️" />
        {t('facilitate.wall.open')}
      </a>
    </section>
  )
}
