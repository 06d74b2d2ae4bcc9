// A person's own display settings, kept in this browser: language, easy read, high contrast,
// text size and whether the board opens as a canvas or a list. Nothing here leaves the device.
import { type LanguageCode, isLanguageCode, preferredLanguage } from '../i18n/languages.ts'

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

export const BOARD_VIEWS = ['canvas', 'list'] as const
export type BoardView = (typeof BOARD_VIEWS)[number]

export interface Preferences {
  language: LanguageCode
  easyRead: boolean
  highContrast: boolean
  textSize: TextSize
  boardView: BoardView
}

export function defaultPreferences(browserLanguages: readonly string[] = []): Preferences {
  return { language: preferredLanguage(browserLanguages), easyRead: false, highContrast: false, textSize: 'standard', boardView: 'canvas' }
}

/** Reads stored settings, keeping each valid field and defaulting the rest: an old or damaged entry never breaks the app. */
export function parsePreferences(stored: string | null, defaults: Preferences): Preferences {
  let value: unknown
  try {
    value = stored === null ? null : JSON.parse(stored)
  } catch {
    return defaults
  }
  if (typeof value !== 'object' || value === null) return defaults
  const record = value as Record<string, unknown>
  return {
    language: isLanguageCode(record.language) ? record.language : defaults.language,
    easyRead: typeof record.easyRead === 'boolean' ? record.easyRead : defaults.easyRead,
    highContrast: typeof record.highContrast === 'boolean' ? record.highContrast : defaults.highContrast,
    textSize: TEXT_SIZES.includes(record.textSize as TextSize) ? (record.textSize as TextSize) : defaults.textSize,
    boardView: BOARD_VIEWS.includes(record.boardView as BoardView) ? (record.boardView as BoardView) : defaults.boardView,
  }
}
