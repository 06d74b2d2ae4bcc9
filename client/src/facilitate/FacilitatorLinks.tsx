// Co-facilitator links: make a new one to share with someone who will run the session
// too, and revoke any link except the one this browser is using.
import { useCallback, useEffect, useId, useState } from 'react'
import type { FacilitatorApi, FacilitatorLink } from '../api/facilitatorApi.ts'
import { useT } from '../i18n/useT.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import { ButtonPicture } from '../ui/ButtonPicture.tsx'
import { CopyButton } from '../ui/CopyButton.tsx'
import { facilitationProblem } from './useFacilitatorCommands.ts'

export function FacilitatorLinks({ api, roomId, facilitatorKey }: { api: FacilitatorApi; roomId: string; facilitatorKey: string }) {
  const t = useT()
  const { language } = usePreferences()
  const id = useId()
  const [links, setLinks] = useState<FacilitatorLink[]>([])
  const [made, setMade] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const result = await api.links(roomId, facilitatorKey)
    if (result.ok) setLinks(result.value)
    else setError(facilitationProblem(result))
  }, [api, roomId, facilitatorKey])

  useEffect(() => {
    void load()
  }, [load])

  const create = async () => {
    const result = await api.createLink(roomId, facilitatorKey)
    if (!result.ok) return setError(facilitationProblem(result))
    setError(null)
    setMade(new URL(result.value.facilitatorPath, window.location.origin).href)
    void load()
  }

  const revoke = async (linkId: string) => {
    const result = await api.revokeLink(roomId, facilitatorKey, linkId)
    if (!result.ok) return setError(result.status === 409 ? t('facilitate.links.cannotRevokeOwn') : facilitationProblem(result))
    setError(null)
    void load()
  }

  const others = links.filter((link) => !link.current)
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-links`}>
      <h3 id={`${id}-links`}>{t('facilitate.links.title')}</h3>
      <p className="hint">{t('facilitate.links.hint')}</p>
      <button type="button" className="button secondary small" onClick={() => void create()}>
        <ButtonPicture emoji="🔗" />
        {t('facilitate.links.create')}
      </button>
      {made && (
        <div className="new-link" data-testid="new-facilitator-link">
          <p className="share-value" dir="ltr">
            {made}
          </p>
          <CopyButton text={made} label={t('facilitate.links.copy')} />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {others.length > 0 && (
        <ul className="link-list" aria-label={t('facilitate.links.others')}>
          {others.map((link, n) => (
            <li key={link.id}>
              <span>
                {link.createdAt
                  ? t('facilitate.links.linkMade', { number: n + 1, time: madeAt(link.createdAt, language) })
                  : t('facilitate.links.link', { number: n + 1 })}
              </span>
              <button
                type="button"
                className="button secondary small"
                aria-label={t('facilitate.links.revokeLabel', { number: n + 1 })}
                onClick={() => void revoke(link.id)}
              >
                <ButtonPicture emoji="🚫" />
                {t('facilitate.links.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function madeAt(iso: string, language: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })
}
