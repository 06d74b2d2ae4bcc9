// The opening picture or audio clip: which types are accepted and how big, and pointing the
// session's welcome at a new upload (the one it replaces is deleted).
import { readSession, writeSession } from '@roundtable/shared'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { Storage } from '../storage/Storage.ts'

export type WelcomeMediaKind = 'picture' | 'audio'

const MB = 1024 * 1024

/** Only these types, so nothing a browser would run as a page (HTML, SVG) is ever served. */
export const WELCOME_MEDIA_TYPES: Readonly<Record<string, { kind: WelcomeMediaKind; maxBytes: number }>> = {
  'image/png': { kind: 'picture', maxBytes: 2 * MB },
  'image/jpeg': { kind: 'picture', maxBytes: 2 * MB },
  'image/webp': { kind: 'picture', maxBytes: 2 * MB },
  'image/gif': { kind: 'picture', maxBytes: 2 * MB },
  'audio/mpeg': { kind: 'audio', maxBytes: 8 * MB },
  'audio/ogg': { kind: 'audio', maxBytes: 8 * MB },
  'audio/webm': { kind: 'audio', maxBytes: 8 * MB },
  'audio/mp4': { kind: 'audio', maxBytes: 8 * MB },
  'audio/wav': { kind: 'audio', maxBytes: 8 * MB },
}

/** A Content-Type header without its parameters ("audio/webm;codecs=opus" → "audio/webm"), lower-cased. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
}

export function setWelcomeMedia(live: LiveRoom, storage: Storage, kind: WelcomeMediaKind, mediaId: string): Promise<void> {
  return live.serial(async () => {
    const session = readSession(live.session.document)
    const field = kind === 'picture' ? 'pictureId' : 'audioId'
    const replaced = session.welcome[field]
    await live.session.change((doc) => writeSession(doc, { ...session, welcome: { ...session.welcome, [field]: mediaId } }))
    if (replaced !== null && replaced !== mediaId) await storage.deleteMedia(live.id, replaced)
  })
}
