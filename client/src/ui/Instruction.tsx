// A sentence telling people what to do, with a "Read aloud" button beside it. The button sits
// outside the sentence's own element, so a field described by the sentence hears only the sentence.
import { ReadAloud } from './ReadAloud.tsx'
import './instruction.css'

export function Instruction({
  text,
  id,
  className,
  testId,
  ownWords = false,
}: {
  text: string
  id?: string
  className?: string
  testId?: string
  /** Someone's own words (a facilitator's question): shown in their direction, read in their language. */
  ownWords?: boolean
}) {
  return (
    <div className="instruction">
      <p id={id} className={className} data-testid={testId} dir={ownWords ? 'auto' : undefined}>
        {text}
      </p>
      <ReadAloud text={text} ownWords={ownWords} />
    </div>
  )
}
