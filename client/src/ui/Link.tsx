// A link to another page of the app that moves without reloading (and still opens in a
// new tab, or is copied, like any link).
import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from '../routing/navigation.ts'

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={follow} {...rest} />
}
