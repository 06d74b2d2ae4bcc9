// The row at the top of a page with "Help" and "Display and language", so every page lets a
// person change how it reads before anything else.
import { HelpButton } from '../help/HelpButton.tsx'
import { DisplaySettings } from '../preferences/DisplaySettings.tsx'
import './pageTools.css'

export function PageTools({ help = true }: { help?: boolean }) {
  return (
    <div className="page-tools">
      {help && <HelpButton />}
      <DisplaySettings className="button secondary" />
    </div>
  )
}
