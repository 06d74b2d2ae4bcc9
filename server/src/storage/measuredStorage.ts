// Times every storage call for roundtable_storage_seconds and counts the ones that fail,
// around any Storage (SQLite or Postgres), without the implementations knowing.
import type { ErrorKind } from '../metrics/serverMetrics.ts'
import type { Storage } from './Storage.ts'

export interface StorageMeter {
  observeStorage(operation: string, seconds: number): void
  countError(kind: ErrorKind): void
}

/**
 * The same storage, with each method timed under its own name. A Proxy rather than a
 * method-by-method wrapper, so methods added to Storage later are measured too.
 */
export function measuredStorage<S extends Storage>(storage: S, meter: StorageMeter): S {
  return new Proxy(storage, {
    get(target, property) {
      // Read and called on the target itself, so an implementation's private fields still work.
      const value: unknown = Reflect.get(target, property)
      if (typeof value !== 'function' || typeof property !== 'string') return value
      return (...args: unknown[]) => timed(meter, property, () => (value as (...a: unknown[]) => unknown).apply(target, args))
    },
  })
}

function timed(meter: StorageMeter, operation: string, call: () => unknown): unknown {
  const started = performance.now()
  const done = (failed: boolean) => {
    meter.observeStorage(operation, (performance.now() - started) / 1000)
    if (failed) meter.countError('storage')
  }
  let result: unknown
  try {
    result = call()
  } catch (error) {
    done(true)
    throw error
  }
  if (!(result instanceof Promise)) {
    done(false)
    return result
  }
  return result.then(
    (value: unknown) => {
      done(false)
      return value
    },
    (error: unknown) => {
      done(true)
      throw error
    },
  )
}
