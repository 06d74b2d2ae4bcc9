// Co-facilitator links: make a new one to share with someone who will run the session
// too, and revoke any link except the one this browser is using.
import { useCallback, useEffect, useId, useState } from 'react'
import type { FacilitatorApi, FacilitatorLink } from '../api/facilitatorApi.ts'
import { CopyButton } from '../ui/CopyButton.tsx'
import { facilitationProblem } from './useFacilitatorCommands.ts'

export function FacilitatorLinks({ api, roomId, facilitatorKey }: { api: FacilitatorApi; roomId: string; facilitatorKey: string }) {
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
    if (!result.ok) return setError(result.status === 409 ? 'You cannot revoke the link you are using.' : facilitationProblem(result))
    setError(null)
    void load()
  }

  const others = links.filter((link) => !link.current)
  return (
    <section className="facilitate-section" aria-labelledby={`${id}-links`}>
      <h3 id={`${id}-links`}>Facilitator links</h3>
      <p className="hint">Give a link to someone who will run the session with you. Anyone with it can facilitate.</p>
      <button type="button" className="button secondary small" onClick={() => void create()}>
        Create a facilitator link
      </button>
      {made && (
        <div className="new-link" data-testid="new-facilitator-link">
          <p className="share-value">{made}</p>
          <CopyButton text={made} label="Copy the new link" />
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {others.length > 0 && (
        <ul className="link-list" aria-label="Other facilitator links">
          {others.map((link, n) => (
            <li key={link.id}>
              <span>
                Link {n + 1}
                {link.createdAt && `, made ${madeAt(link.createdAt)}`}
              </span>
              <button
                type="button"
                className="button secondary small"
                aria-label={`Revoke link ${n + 1}`}
                onClick={() => void revoke(link.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function madeAt(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}
