// What a person does on Roundtable's pages, in the words of the UI: start a room, choose
// how to appear, add an idea, read the board.
import type { Page } from 'playwright-core'

export interface StartedRoom {
  participantLink: string
  facilitatorLink: string
  /** As shown, e.g. "ABC 234". */
  code: string
}

export async function startRoom(page: Page, origin: string, details: { title?: string; question?: string } = {}): Promise<StartedRoom> {
  await page.goto(origin)
  if (details.title) await page.getByLabel('Title').fill(details.title)
  if (details.question) await page.getByLabel('Opening question').fill(details.question)
  await page.getByRole('button', { name: 'Start a room' }).click()
  const ready = page.getByTestId('room-ready')
  await ready.waitFor()
  return {
    participantLink: (await ready.getByTestId('participant-link').textContent())?.trim() ?? '',
    facilitatorLink: (await ready.getByTestId('facilitator-link').textContent())?.trim() ?? '',
    code: (await ready.getByTestId('join-code').textContent())?.trim() ?? '',
  }
}

/** Chooses a name on the identity form, keeping the offered colour and picture, and waits for the board. */
export async function joinBoard(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'How would you like to appear?' }).waitFor()
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Join the board' }).click()
  await waitForConnected(page)
}

export async function waitForConnected(page: Page, timeout = 20_000): Promise<void> {
  await page.getByTestId('connection-status').getByText('Connected', { exact: true }).waitFor({ timeout })
}

export async function peopleHere(page: Page): Promise<string[]> {
  return page.getByTestId('person').allTextContents()
}

/** The words on every idea card on the canvas. */
export async function ideaCards(page: Page): Promise<string[]> {
  return (await page.getByTestId('idea-text').allTextContents()).map((text) => text.trim())
}

export async function addIdea(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add an idea' }).click()
  const editor = page.getByLabel('Idea text')
  await editor.waitFor()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await editor.waitFor({ state: 'detached' })
}
