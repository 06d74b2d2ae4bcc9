// A button that copies one thing and says, out loud too, whether it worked.
import { useEffect, useState } from 'react'
import { copyText } from './copyText.ts'

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (result === 'idle') return
    const timer = window.setTimeout(() => setResult('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [result])

  return (
    <span className="copy">
      <button type="button" className="button secondary" onClick={async () => setResult((await copyText(text)) ? 'copied' : 'failed')}>
        {label}
      </button>
      <span className="copy-result" role="status">
        {result === 'copied' ? 'Copied' : result === 'failed' ? 'Could not copy. Select the text and copy it yourself.' : ''}
      </span>
    </span>
  )
}
