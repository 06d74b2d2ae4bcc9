// The join link as a QR code, drawn here as an inline SVG: dark modules on white in every
// colour scheme, since phone cameras read dark-on-light codes most reliably.
import { useMemo } from 'react'
import { useT } from '../i18n/useT.ts'
import { qrCode } from './qrCode.ts'

export function JoinQrCode({ link }: { link: string }) {
  const t = useT()
  const code = useMemo(() => qrCode(link), [link])
  return (
    <svg
      className="wall-qr"
      role="img"
      aria-label={t('present.qrLabel')}
      data-testid="join-qr"
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  )
}
