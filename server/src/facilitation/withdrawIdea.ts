// An author withdraws their own idea: the server deletes it and its card from the board as
// a change of its own, so it is stored and every browser sees it go, locked board or not.
import { Board, readSession } from '@roundtable/shared'
import { HttpError } from '../HttpError.ts'
import type { LiveRoom } from '../room/LiveRoom.ts'
import type { Storage } from '../storage/Storage.ts'
import { publishTallies } from './publishTallies.ts'

export function withdrawIdea(live: LiveRoom, storage: Storage, participantId: string, ideaId: string): Promise<void> {
  return live.serial(async () => {
    const idea = new Board(live.board.document).idea(ideaId)
    if (idea === null) throw new HttpError(404, 'That idea is not on the board any more.')
    if (idea.authorId !== participantId) throw new HttpError(403, 'Only the person who wrote an idea can withdraw it.')
    await live.board.change((doc) => new Board(doc).deleteIdea(ideaId))
    // Dots on a withdrawn idea go back to the people who placed them.
    await storage.deleteVotesForIdea(live.id, ideaId)
    await publishTallies(live, storage, readSession(live.session.document))
  })
}
