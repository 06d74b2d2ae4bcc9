// Writes ideas into a board the way many people would, through a Y.Doc client.
import type { Board } from '@roundtable/shared'

const WORDS = 'more time with carers clear letters quiet room step free access easy read signs named contact evening clinic bus route interpreter'.split(' ')
const PICTURES = ['⭐', '🌱', '🏠', '💬', '🚌']
/** Ideas written per transaction: like a busy room, not one giant update. */
const PER_TRANSACTION = 50

function words(n: number, count: number): string {
  return Array.from({ length: count }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(' ')
}

export function seedIdeas(board: Board, count: number): void {
  for (let start = 0; start < count; start += PER_TRANSACTION) {
    board.doc.transact(() => {
      for (let n = start; n < Math.min(count, start + PER_TRANSACTION); n++) {
        board.addIdea({ id: `bench-${n}`, text: words(n, 4 + (n % 9)), authorId: `person-${n % 40}`, picture: PICTURES[n % PICTURES.length] ?? '⭐' })
      }
    })
  }
}

/** `count` new ideas in ONE transaction, as one remote update; their ids start with `prefix`. */
export function addBatch(board: Board, prefix: string, count: number): void {
  board.doc.transact(() => {
    for (let n = 0; n < count; n++) board.addIdea({ id: `${prefix}${n}`, text: words(n, 6), authorId: 'person-batch', picture: '🌱' })
  })
}
