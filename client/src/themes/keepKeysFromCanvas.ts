// Keys pressed in a dialog over the board are the dialog's: tldraw listens on the whole
// document, and would otherwise take Enter as "edit the selected card" or letters as tools.
import type { KeyboardEvent } from 'react'

export function keepKeysFromCanvas(event: KeyboardEvent): void {
  event.stopPropagation()
}

/**
 * A dialog closed by Enter gives focus back to the canvas before the key comes up, and
 * tldraw starts editing the selected card on Enter's keyup. That one keyup is dropped.
 */
export function dropNextEnterKeyUp(): void {
  const drop = (event: globalThis.KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.stopPropagation()
    stop()
  }
  const stop = () => {
    window.removeEventListener('keyup', drop, { capture: true })
    window.clearTimeout(timer)
  }
  window.addEventListener('keyup', drop, { capture: true })
  const timer = window.setTimeout(stop, 1000)
}
