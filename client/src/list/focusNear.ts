// Where the keyboard goes when the idea it was on leaves the list under it (moved by someone,
// withdrawn, hidden): to the same idea in its new place, else to the idea that took its place,
// the one before it, or the heading of the theme it was in. Never back to the top of the page.

/** The place in the list the keyboard was at. */
export interface ListPlace {
  ideaId: string
  /** The `data-action` of the button that had focus, if any. */
  action: string | null
  /** The section the idea was in (see IdeaSection), and its place in that section's list. */
  sectionId: string
  index: number
}

export const sectionTitleId = (sectionId: string) => `${sectionId}-title`
export const sectionListId = (sectionId: string) => `${sectionId}-ideas`

/** The list place of an element inside a list idea (see ListIdea's data attributes), or null. */
export function listPlaceOf(element: Element | null): ListPlace | null {
  const item = element?.closest<HTMLElement>('[data-testid="list-idea"]')
  const { ideaId, sectionId, index } = item?.dataset ?? {}
  if (!element || !ideaId || !sectionId || index === undefined) return null
  return { ideaId, action: element.getAttribute('data-action'), sectionId, index: Number(index) }
}

/** Focuses the nearest sensible place to `where`, unless something already has the focus. */
export function focusNear(where: ListPlace): void {
  if (document.activeElement && document.activeElement !== document.body) return
  const moved = document.querySelector(`[data-testid="list-idea"][data-idea-id="${CSS.escape(where.ideaId)}"]`)
  if (moved) {
    const same = where.action ? moved.querySelector<HTMLElement>(`[data-action="${CSS.escape(where.action)}"]`) : null
    ;(same ?? moved.querySelector<HTMLElement>('button'))?.focus()
    return
  }
  const items = [...(document.getElementById(sectionListId(where.sectionId))?.children ?? [])]
  const neighbour = (items[where.index] ?? items[where.index - 1])?.querySelector<HTMLElement>('button')
  const heading = document.getElementById(sectionTitleId(where.sectionId)) ?? document.querySelector<HTMLElement>('.list-section h2')
  ;(neighbour ?? heading)?.focus()
}
