import { describe, expect, it } from 'vitest'
import { memoryStore } from '../room/browserStorage.ts'
import {
  NO_PRIVATE_IDEAS,
  addPrivateIdea,
  deletePrivateIdea,
  editPrivateIdea,
  privateIdeasKey,
  readPrivateIdeas,
  revealPlan,
  writePrivateIdeas,
} from './privateDrafts.ts'

const texts = (state: { ideas: Array<{ text: string }> }) => state.ideas.map((idea) => idea.text)

describe('private ideas', () => {
  it('adds, edits and deletes, ignoring empty words', () => {
    let state = addPrivateIdea(NO_PRIVATE_IDEAS, '  More chairs  ', 0, 'a')
    state = addPrivateIdea(state, '   ', 0, 'b')
    state = addPrivateIdea(state, 'Quiet room', 0, 'c')
    expect(texts(state)).toEqual(['More chairs', 'Quiet room'])
    state = editPrivateIdea(state, 'a', 'More soft chairs')
    expect(texts(state)).toEqual(['More soft chairs', 'Quiet room'])
    expect(texts(deletePrivateIdea(state, 'c'))).toEqual(['More soft chairs'])
    expect(texts(editPrivateIdea(state, 'c', ''))).toEqual(['More soft chairs'])
  })

  it('survives a reload, per room and person', () => {
    const store = memoryStore()
    const key = privateIdeasKey('room-a', 'p1')
    writePrivateIdeas(store, key, addPrivateIdea(NO_PRIVATE_IDEAS, 'Kept here', 2, 'a'))
    expect(readPrivateIdeas(store, key)).toEqual({ ideas: [{ id: 'a', text: 'Kept here', round: 2 }], publishedRound: null })
    expect(readPrivateIdeas(store, privateIdeasKey('room-a', 'p2'))).toEqual(NO_PRIVATE_IDEAS)
    store.setItem(key, '{"ideas":[{"id":1}],"publishedRound":"x"}')
    expect(readPrivateIdeas(store, key)).toEqual(NO_PRIVATE_IDEAS)
  })
})

describe('reveal rounds', () => {
  it('a first-time joiner with nothing written just records the round', () => {
    expect(revealPlan(NO_PRIVATE_IDEAS, 3)).toEqual({ publish: [], next: { ideas: [], publishedRound: 3 } })
  })

  it('does nothing until the round goes up', () => {
    const state = { ideas: [{ id: 'a', text: 'Wait', round: 3 }], publishedRound: 3 }
    expect(revealPlan(state, 3)).toBeNull()
  })

  it('publishes what was written before the new round and keeps the rest', () => {
    const state = {
      ideas: [
        { id: 'a', text: 'Before', round: 3 },
        { id: 'b', text: 'After a reveal that kept private writing on', round: 4 },
      ],
      publishedRound: 3,
    }
    const plan = revealPlan(state, 4)
    expect(plan?.publish.map((idea) => idea.text)).toEqual(['Before'])
    expect(plan?.next).toEqual({ ideas: [{ id: 'b', text: 'After a reveal that kept private writing on', round: 4 }], publishedRound: 4 })
  })

  it('publishes once on coming back after missing several reveals offline', () => {
    const state = { ideas: [{ id: 'a', text: 'Written offline', round: 1 }], publishedRound: 1 }
    const plan = revealPlan(state, 3)
    expect(plan?.publish).toHaveLength(1)
    expect(plan && revealPlan(plan.next, 3)).toBeNull()
  })
})
