import { describe, expect, it, vi } from 'vitest'
import { preloadable } from './preloadable.tsx'

const Page = () => null

describe('preloadable', () => {
  it('loads the code once, however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve(Page))
    const code = preloadable(load)
    const [first, second] = await Promise.all([code.preload(), code.preload()])
    expect(first).toBe(Page)
    expect(second).toBe(Page)
    expect(await code.preload()).toBe(Page)
    expect(load).toHaveBeenCalledOnce()
  })

  it('tries again after a failed download', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(Page)
    const code = preloadable(load)
    await expect(code.preload()).rejects.toThrow('offline')
    expect(await code.preload()).toBe(Page)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
