import { afterEach, describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { PresenceSync } from './PresenceSync.ts'
import { createTestStore } from './testStore.ts'

const made: Awareness[] = []
function awareness(): Awareness {
  const created = new Awareness(new Y.Doc())
  made.push(created)
  return created
}
afterEach(() => made.splice(0).forEach((a) => a.destroy()))

function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'server')
}

const presences = (store: ReturnType<typeof createTestStore>) => store.allRecords().filter((r) => r.typeName === 'instance_presence')

describe('presence sync', () => {
  it("shows another person's pointer with their name and colour, and removes it when they leave", () => {
    const mine = awareness()
    const theirs = awareness()
    const store = createTestStore()
    const sync = new PresenceSync(mine, store, () => 'ana-id')
    sync.start()
    theirs.setLocalState({ participant: { id: 'ben-id', name: 'Ben', colour: 'blue', picture: '🦊' }, cursor: { x: 10, y: 20 }, pageId: 'page:page' })
    relay(theirs, mine)
    expect(presences(store)).toEqual([
      expect.objectContaining({ userName: 'Ben', color: '#1565c0', cursor: expect.objectContaining({ x: 10, y: 20 }), currentPageId: 'page:page' }),
    ])
    removeAwarenessStates(mine, [theirs.clientID], 'server')
    expect(presences(store)).toEqual([])
  })

  it("carries another person's view so they can be followed", () => {
    const mine = awareness()
    const theirs = awareness()
    const store = createTestStore()
    new PresenceSync(mine, store, () => 'ana-id').start()
    const view = { camera: { x: -100, y: -50, z: 2 }, screen: { w: 800, h: 600 } }
    theirs.setLocalState({ participant: { id: 'ben-id', name: 'Ben', colour: 'blue', picture: '🦊' }, cursor: null, pageId: 'page:page', view })
    relay(theirs, mine)
    expect(presences(store)).toEqual([
      expect.objectContaining({ cursor: null, camera: { x: -100, y: -50, z: 2 }, screenBounds: { x: 0, y: 0, w: 800, h: 600 } }),
    ])
  })

  it('draws no pointer for my own other tab', () => {
    const mine = awareness()
    const myOtherTab = awareness()
    const store = createTestStore()
    new PresenceSync(mine, store, () => 'ana-id').start()
    myOtherTab.setLocalState({ participant: { id: 'ana-id', name: 'Ana', colour: 'teal', picture: '🦦' }, cursor: { x: 1, y: 1 }, pageId: 'page:page' })
    relay(myOtherTab, mine)
    expect(presences(store)).toEqual([])
  })
})
