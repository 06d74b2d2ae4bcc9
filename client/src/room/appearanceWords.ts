// Colour and picture names in the person's language. The shared lists keep English labels
// for the server's files; on screen every name is looked up here.
import { COLOURS, PICTURES } from '@roundtable/shared'
import type { MessageKey } from '../i18n/catalogs.ts'
import type { Translate } from '../i18n/useT.ts'

type ColourId = (typeof COLOURS)[number]['id']
type PictureEmoji = (typeof PICTURES)[number]['emoji']

// Keyed by emoji so a picture added to the shared list fails to compile here until it has words.
const PICTURE_KEYS: Record<PictureEmoji, MessageKey> = {
  '🦦': 'room.picture.otter',
  '🦊': 'room.picture.fox',
  '🐢': 'room.picture.tortoise',
  '🦉': 'room.picture.owl',
  '🐝': 'room.picture.bee',
  '🐳': 'room.picture.whale',
  '🌻': 'room.picture.sunflower',
  '🌳': 'room.picture.tree',
  '⭐': 'room.picture.star',
  '🌈': 'room.picture.rainbow',
  '☕': 'room.picture.cup-of-tea',
  '🚲': 'room.picture.bicycle',
}

function colourKey(id: ColourId): MessageKey {
  return `room.colour.${id}`
}

function isColourId(id: string): id is ColourId {
  return COLOURS.some((colour) => colour.id === id)
}

function isPictureEmoji(emoji: string): emoji is PictureEmoji {
  return emoji in PICTURE_KEYS
}

/** "Teal", "Türkusowy"…; the first colour's name for an id the list does not have, as the shared colourLabel does. */
export function colourWord(colourId: string, t: Translate): string {
  return t(colourKey(isColourId(colourId) ? colourId : COLOURS[0].id))
}

/** "Otter", "Wydra"…; plain "Picture" for an emoji the list does not have. */
export function pictureWord(emoji: string, t: Translate): string {
  return t(isPictureEmoji(emoji) ? PICTURE_KEYS[emoji] : 'room.picture.unknown')
}
