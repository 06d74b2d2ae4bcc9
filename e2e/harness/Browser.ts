// One headless Chromium with a context per person. Every request to another origin is
// blocked and recorded, and so is every console error, so tests can assert there were none.
import { type Browser as PlaywrightBrowser, type BrowserContext, type Page, chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './config.ts'
import { Traffic } from './Traffic.ts'

export interface Person {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions seen on this person's pages. */
  errors: string[]
  /** What this person's first page sent and received. */
  traffic: Traffic
}

/** The screen and the system settings a person's browser reports. */
export interface PersonOptions {
  viewport?: { width: number; height: number }
  colorScheme?: 'light' | 'dark'
  reducedMotion?: 'reduce' | 'no-preference'
}

export class Browser {
  /** Requests any page made to an origin other than the app's. */
  readonly foreignRequests: string[] = []

  private constructor(
    private readonly browser: PlaywrightBrowser,
    private readonly appOrigin: string,
  ) {}

  static async launch(appOrigin: string): Promise<Browser> {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    return new Browser(browser, appOrigin)
  }

  async person(options: PersonOptions = {}): Promise<Person> {
    const context = await this.browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
    })
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === this.appOrigin) return route.continue()
      this.foreignRequests.push(url)
      return route.abort('blockedbyclient')
    })
    const page = await context.newPage()
    const errors: string[] = []
    const watch = (target: Page) => {
      target.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      target.on('pageerror', (error) => errors.push(error.message))
    }
    watch(page)
    context.on('page', watch)
    // WebSockets bypass routing; check them separately.
    page.on('websocket', (socket) => {
      const origin = new URL(socket.url().replace(/^ws/, 'http')).origin
      if (origin !== this.appOrigin) this.foreignRequests.push(socket.url())
    })
    return { context, page, errors, traffic: new Traffic(page) }
  }

  async close(): Promise<void> {
    await this.browser.close()
  }
}
