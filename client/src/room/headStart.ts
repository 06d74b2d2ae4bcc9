// Opening a board is a chain of waits: the room's details, then the board page's code, then
// the board's data and tldraw's code. When the address names a room this browser has joined
// before, all of them start at once, before the first render, and the pages take what has
// arrived (or is on its way) instead of asking again.
import type { RoomsApi } from '../api/roomsApi.ts'
import { boardViewCode, canvasCode } from '../board/boardCode.ts'
import type { RoomConnection } from '../connection/RoomConnection.ts'
import { getPreferences } from '../preferences/preferencesStore.ts'
import type { Route } from '../routing/route.ts'
import { SMALL_SCREEN_QUERY } from '../ui/useSmallScreen.ts'
import { takeFacilitatorKey } from './facilitatorKey.ts'
import { type RoomMemory, roomMemory } from './roomMemory.ts'

/** A connection nobody took by then (the page showed something else) is closed. */
export const UNTAKEN_CONNECTION_MS = 30_000

type RoomInfoAnswer = ReturnType<RoomsApi['getRoom']>

interface EarlyConnection {
  roomId: string
  key: string | null
  /** Set once the connection's code has loaded and it is connecting. */
  connection: RoomConnection | null
  /** Taken by a page, or given up: either way no longer this module's to close. */
  settled: boolean
}

let roomInfo: { roomId: string; answer: RoomInfoAnswer } | null = null
let early: EarlyConnection | null = null

export interface HeadStartEnvironment {
  api: RoomsApi
  memory?: (roomId: string) => RoomMemory
  /** Whether this is a phone-sized screen (the phone page needs no board code). */
  smallScreen?: () => boolean
  boardView?: () => 'canvas' | 'list'
  openConnection?: (roomId: string, key: string | null) => Promise<RoomConnection>
  /** The address's fragment: a facilitator link's key is the room page's to take. */
  hash?: () => string
  /** Starts loading a part of the board's code. */
  preload?: (part: 'board' | 'canvas') => void
}

function preloadCode(part: 'board' | 'canvas'): void {
  // A failed download is tried again when the page renders, and reported there.
  void (part === 'board' ? boardViewCode : canvasCode).preload().catch(() => {})
}

/** Starts what the page at `route` will need. Does nothing for pages other than a room's board, list or phone page. */
export function startHeadStart(route: Route, environment: HeadStartEnvironment): void {
  if (route.page !== 'room' || route.view === 'present') return
  const { roomId, view } = route
  const smallScreen = environment.smallScreen ?? (() => window.matchMedia(SMALL_SCREEN_QUERY).matches)
  const boardView = environment.boardView ?? (() => getPreferences().boardView)
  const shown = view === 'join' ? (smallScreen() ? 'phone' : boardView()) : view
  roomInfo = { roomId, answer: environment.api.getRoom(roomId) }
  const preload = environment.preload ?? preloadCode
  if (shown === 'canvas' || shown === 'list') preload('board')
  if (shown === 'canvas') preload('canvas')

  // The board's data only for someone who has joined before: anyone else is first asked how to appear.
  const memory = (environment.memory ?? roomMemory)(roomId)
  const hash = environment.hash?.() ?? window.location.hash
  if (!memory.registration() || !memory.identity() || takeFacilitatorKey(hash).key) return
  const started: EarlyConnection = { roomId, key: memory.facilitatorKey(), connection: null, settled: false }
  early = started
  const open = environment.openConnection ?? openRoomConnection
  void open(roomId, started.key).then(
    (connection) => {
      if (started.settled) return connection.destroy()
      started.connection = connection
      setTimeout(() => giveUp(started), UNTAKEN_CONNECTION_MS)
    },
    () => giveUp(started),
  )
}

/** The room's details if they were asked for early; each answer is taken once. */
export function takeRoomInfo(roomId: string): RoomInfoAnswer | null {
  const taken = roomInfo?.roomId === roomId ? roomInfo.answer : null
  roomInfo = null
  return taken
}

/**
 * The connection opened early for this room and key, once; null if there is none yet (it is
 * then closed when it opens, and the page opens its own). A connection for another room or
 * key is closed.
 */
export function takeConnection(roomId: string, key: string | null): RoomConnection | null {
  const started = early
  early = null
  if (!started) return null
  const connection = started.roomId === roomId && started.key === key ? started.connection : null
  if (connection) started.settled = true
  else giveUp(started)
  return connection
}

function giveUp(started: EarlyConnection): void {
  if (started.settled) return
  started.settled = true
  if (early === started) early = null
  started.connection?.destroy()
}

async function openRoomConnection(roomId: string, key: string | null): Promise<RoomConnection> {
  const { RoomConnection } = await import('../connection/RoomConnection.ts')
  // At once: on the next turn it would wait behind the canvas code's evaluation.
  return new RoomConnection(roomId, { key, connectNow: true })
}
