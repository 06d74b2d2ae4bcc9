// How to join, big enough to read from the back of the room: the site's address, the join
// code in two halves as the home page's form expects, and a QR code of the join link.
import { formatJoinCode } from '@roundtable/shared'
import { useT } from '../i18n/useT.ts'
import { JoinQrCode } from './JoinQrCode.tsx'
import { joinAddress, joinLink, spelledCode } from './joinLink.ts'

export function JoinPanel({ roomId, code }: { roomId: string; code: string }) {
  const t = useT()
  const origin = window.location.origin
  const shownCode = formatJoinCode(code)
  return (
    <section className="wall-join" aria-labelledby="wall-join-title" data-testid="present-join">
      {/* The address in an isolate, so its dots and colon stay in order inside right-to-left words. */}
      <h2 id="wall-join-title" className="wall-join-at" data-testid="join-address">
        {t('present.joinAt', { address: `\u2068${joinAddress(origin)}\u2069` })}
      </h2>
      <p className="wall-code-label">{t('present.codeLabel')}</p>
      <p className="wall-code">
        <span className="visually-hidden">{spelledCode(shownCode)}</span>
        {/* Left to right in every language: it is typed exactly as shown. */}
        <span aria-hidden="true" dir="ltr" data-testid="join-code">
          {shownCode}
        </span>
      </p>
      <JoinQrCode link={joinLink(origin, roomId)} />
      <p className="wall-qr-hint">{t('present.qrHint')}</p>
    </section>
  )
}
