// Every idea on the board, oldest first, kept up to date change by change: a change to one
// idea re-reads that idea only, so typing in one card of thousands does not re-read them all.
// One list per board, shared by whoever shows it.
import type { Board, Idea } from '@roundtable/shared'
import type * as Y from 'yjs'

export class IdeaList {
  private static readonly boards = new WeakMap<Board, IdeaList>()

  static of(board: Board): IdeaList {
    let list = IdeaList.boards.get(board)
    if (!list) {
      list = new IdeaList(board)
      IdeaList.boards.set(board, list)
    }
    return list
  }

  private readonly listeners = new Set<() => void>()
  private readonly byId = new Map<string, Idea>()
  private ideas: Idea[] = []
  /** False while nobody listens: the list is then read whole on each call, as nothing keeps it current. */
  private current = false

  private constructor(private readonly board: Board) {}

  /** The ideas, oldest first; the same array until one of them changes. */
  readonly snapshot = (): Idea[] => {
    if (!this.current) this.readAll()
    return this.ideas
  }

  /** Calls `listener` after each change that changes the list. */
  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.board.ideasMap.observeDeep(this.onChange)
      // Whatever changed while nobody listened is read now.
      this.readAll()
      this.current = true
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size > 0) return
      this.board.ideasMap.unobserveDeep(this.onChange)
      this.current = false
    }
  }

  private readAll(): void {
    const ids = new Set<string>(this.byId.keys())
    for (const id of this.board.ideasMap.keys()) ids.add(id)
    if (this.reread(ids)) this.sort()
  }

  private readonly onChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = new Set<string>()
    for (const event of events) {
      if (event.target === this.board.ideasMap) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key)
      else if (typeof event.path[0] === 'string') touched.add(event.path[0])
    }
    if (!this.reread(touched)) return
    this.sort()
    for (const listener of [...this.listeners]) listener()
  }

  /** Reads `ids` again; true when any of them is not what the list held. */
  private reread(ids: Iterable<string>): boolean {
    let changed = false
    for (const id of ids) {
      const idea = this.board.idea(id)
      const held = this.byId.get(id)
      if (idea === null) {
        if (held) changed = this.byId.delete(id)
      } else if (!held || !sameIdea(held, idea)) {
        this.byId.set(id, idea)
        changed = true
      }
    }
    return changed
  }

  private sort(): void {
    this.ideas = [...this.byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  }
}

function sameIdea(a: Idea, b: Idea): boolean {
  return a.text === b.text && a.picture === b.picture && a.authorId === b.authorId && a.themeId === b.themeId && a.createdAt === b.createdAt
}
