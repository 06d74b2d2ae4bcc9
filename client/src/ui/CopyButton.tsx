// A button that copies one thing and says, out loud too, whether it worked.
import { useEffect, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { ButtonPicture } from './ButtonPicture.tsx'
import { copyText } from './copyText.ts'

export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT()
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (result === 'idle') return
    const timer = window.setTimeout(() => setResult('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [result])

  return (
    <span className="copy">
      <button type="button" className="button secondary" onClick={async () => setResult((await copyText(text)) ? 'copied' : 'failed')}>
        <ButtonPicture emoji="📋" />
        {label}
      </button>
      <span className="copy-result" role="status">
        {result === 'copied' ? t('common.copied') : result === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  )
}
