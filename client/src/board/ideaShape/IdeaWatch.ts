// Tells each idea card about its own idea and its own author only. One Yjs observer per
// board fans changes out by id, so a board of thousands of cards does not run thousands of
// observers on every change, and an edit to one idea wakes one card, not all of them.
import type { Board } from '@roundtable/shared'
import type * as Y from 'yjs'

type Listener = () => void

export class IdeaWatch {
  private static readonly boards = new WeakMap<Board, IdeaWatch>()

  /** The one watch of `board`, shared by every card on it. */
  static of(board: Board): IdeaWatch {
    let watch = IdeaWatch.boards.get(board)
    if (!watch) {
      watch = new IdeaWatch(board)
      IdeaWatch.boards.set(board, watch)
    }
    return watch
  }

  private readonly ideaListeners = new Map<string, Set<Listener>>()
  private readonly participantListeners = new Map<string, Set<Listener>>()

  private constructor(private readonly board: Board) {}

  /** Calls `listener` after each change to idea `ideaId` (its words, picture, theme, or it coming or going). */
  onIdea(ideaId: string, listener: Listener): () => void {
    if (this.ideaListeners.size === 0) this.board.ideasMap.observeDeep(this.onIdeasChange)
    const stop = add(this.ideaListeners, ideaId, listener)
    return () => {
      stop()
      if (this.ideaListeners.size === 0) this.board.ideasMap.unobserveDeep(this.onIdeasChange)
    }
  }

  /** Calls `listener` after each change to participant `participantId` (their name, say). */
  onParticipant(participantId: string, listener: Listener): () => void {
    if (this.participantListeners.size === 0) this.board.participantsMap.observe(this.onParticipantsChange)
    const stop = add(this.participantListeners, participantId, listener)
    return () => {
      stop()
      if (this.participantListeners.size === 0) this.board.participantsMap.unobserve(this.onParticipantsChange)
    }
  }

  private readonly onIdeasChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = new Set<string>()
    for (const event of events) {
      if (event.target === this.board.ideasMap) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key)
      else if (typeof event.path[0] === 'string') touched.add(event.path[0])
    }
    tell(this.ideaListeners, touched)
  }

  private readonly onParticipantsChange = (event: Y.YMapEvent<unknown>): void => {
    tell(this.participantListeners, event.keysChanged)
  }
}

function add(listeners: Map<string, Set<Listener>>, id: string, listener: Listener): () => void {
  let forId = listeners.get(id)
  if (!forId) {
    forId = new Set()
    listeners.set(id, forId)
  }
  forId.add(listener)
  return () => {
    forId.delete(listener)
    if (forId.size === 0 && listeners.get(id) === forId) listeners.delete(id)
  }
}

function tell(listeners: Map<string, Set<Listener>>, ids: Iterable<string>): void {
  for (const id of ids) {
    const forId = listeners.get(id)
    // A copy: a listener may unsubscribe (a card unmounting) while others are being told.
    if (forId) for (const listener of [...forId]) listener()
  }
}
