// A checkbox for an on/off session setting. It shows the new state at once, then follows
// what the room's session says (which may come back a moment later, or not at all).
import { type ReactNode, useEffect, useId, useState } from 'react'

export function SessionCheckbox({
  checked,
  onChange,
  describedBy,
  children,
}: {
  /** What the session says now. */
  checked: boolean
  /** Resolves to whether the change went through. */
  onChange: (checked: boolean) => Promise<boolean>
  describedBy?: string
  children: ReactNode
}) {
  const id = useId()
  const [shown, setShown] = useState(checked)
  useEffect(() => setShown(checked), [checked])

  const change = async (next: boolean) => {
    setShown(next)
    if (!(await onChange(next))) setShown(checked)
  }

  return (
    <div className="check-field">
      <input id={id} type="checkbox" checked={shown} onChange={(event) => void change(event.target.checked)} aria-describedby={describedBy} />
      <label htmlFor={id}>{children}</label>
    </div>
  )
}
