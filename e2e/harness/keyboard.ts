// Moving through a page with the Tab key alone, as someone who does not use a pointer would.
import type { Locator, Page } from 'playwright-core'

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached in `limit` presses. */
export async function tabTo(page: Page, target: Locator, { limit = 80, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    const focused = await target.evaluate((element) => element === document.activeElement).catch(() => false)
    if (focused) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`)
}
