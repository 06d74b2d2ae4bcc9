import { describe, expect, it } from 'vitest'
import { roomTokenMemory } from './roomTokenMemory.ts'

function tabStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('the room token remembered for this tab', () => {
  it('is there again after a reload of the tab, so a facilitator types it once', () => {
    const storage = tabStorage()
    roomTokenMemory(storage).change('s3cret')
    expect(roomTokenMemory(storage).read()).toBe('s3cret')
  })

  it('is forgotten when the box is emptied', () => {
    const storage = tabStorage()
    const memory = roomTokenMemory(storage)
    memory.change('s3cret')
    memory.change('')
    expect(storage.items.size).toBe(0)
  })

  it('tells both home-page forms when it changes', () => {
    const memory = roomTokenMemory(tabStorage())
    let heard = 0
    const stop = memory.subscribe(() => heard++)
    memory.change('a')
    memory.change('a')
    stop()
    memory.change('b')
    expect(heard).toBe(1)
  })

  it('still works for this page where storage is missing or refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {},
    }
    const memory = roomTokenMemory(refusing)
    expect(memory.read()).toBe('')
    memory.change('s3cret')
    expect(memory.read()).toBe('s3cret')
    const none = roomTokenMemory(null)
    none.change('x')
    expect(none.read()).toBe('x')
  })
})
