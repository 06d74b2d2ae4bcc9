import { describe, expect, it, vi } from 'vitest'
import { inBackground } from './backgroundTask.ts'

describe('inBackground', () => {
  it('posts the task at background priority where the browser has a scheduler', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve().then(callback))
    const task = vi.fn()
    inBackground(task, { postTask })
    expect(postTask).toHaveBeenCalledWith(task, expect.objectContaining({ priority: 'background' }))
    await Promise.resolve()
    expect(task).toHaveBeenCalledOnce()
  })

  it('cancels a posted task through its signal, quietly', async () => {
    let signal: AbortSignal | null = null
    const postTask = vi.fn((_callback: () => void, options: { signal: AbortSignal }) => {
      signal = options.signal
      return new Promise<void>((_resolve, reject) => options.signal.addEventListener('abort', () => reject(new Error('aborted'))))
    })
    const cancel = inBackground(() => {}, { postTask })
    cancel()
    expect((signal as AbortSignal | null)?.aborted).toBe(true)
    // The rejection is caught: nothing is left unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0))
  })

  it('runs the task on the next turn without a scheduler, unless cancelled', async () => {
    const ran = vi.fn()
    const cancelled = vi.fn()
    inBackground(ran, undefined)
    inBackground(cancelled, undefined)()
    expect(ran).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(ran).toHaveBeenCalledOnce()
    expect(cancelled).not.toHaveBeenCalled()
  })
})
