// A tldraw store with the idea shape, built the way the app's editor builds its own, for
// tests that run in Node without a DOM.
import { Store } from '@tldraw/store'
import { type TLRecord, type TLStore, type TLStoreProps, createTLSchema, defaultShapeSchemas } from '@tldraw/tlschema'
import { ideaShapeSchema } from '../board/ideaShape/ideaShapeSchema.ts'

export function createTestStore(): TLStore {
  const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, idea: ideaShapeSchema } })
  const props = {
    defaultName: '',
    assets: { upload: async () => ({ src: '' }), resolve: () => null, remove: async () => {} },
    onMount: () => {},
  } as unknown as TLStoreProps
  const store = new Store<TLRecord, TLStoreProps>({ schema, props })
  // What tldraw's editor does to a new store: add the document, a page and this browser's session records.
  ;(store as unknown as { ensureStoreIsUsable(): void }).ensureStoreIsUsable()
  return store
}
