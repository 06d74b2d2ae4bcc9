// Runs axe-core inside a page and returns its violations as readable lines. The engine is
// evaluated through the DevTools protocol, so no script tag is added and no page policy is relaxed.
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource: string = (require('axe-core') as { source: string }).source

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]
}

/** WCAG 2.2 A and AA rules plus axe's best practices. */
const RUN_ONLY = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export async function accessibilityViolations(page: Page): Promise<string[]> {
  // A card fading in is judged as it will be read, not halfway through its fade.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(axeSource)
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    RUN_ONLY,
  )
  return result.violations.map((violation) => {
    const where = violation.nodes
      .slice(0, 4)
      .map((node) => `${node.target.join(' ')}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`)
      .join('; ')
    return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}: ${where}`
  })
}
