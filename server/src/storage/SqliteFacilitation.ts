// The facilitation records in SQLite: links, participants, votes (cast and carried over) and media. SqliteStorage
// hands these calls here, so each file keeps to one part of the schema.
import type Database from 'better-sqlite3'
import type { FacilitationStorage, FacilitatorLinkRecord, MediaRecord, ParticipantRecord } from './FacilitationStorage.ts'
import { blobField, integerField, optionalIntegerField, textField, toBuffer } from './sqliteRows.ts'

export class SqliteFacilitation implements FacilitationStorage {
  constructor(private readonly db: Database.Database) {}

  async listFacilitatorLinks(roomId: string): Promise<FacilitatorLinkRecord[]> {
    return this.db
      .prepare('SELECT * FROM facilitator_links WHERE room_id = ? ORDER BY created_at, rowid')
      .all(roomId)
      .map((row) => ({
        id: textField(row, 'id'),
        roomId: textField(row, 'room_id'),
        keyHash: textField(row, 'key_hash'),
        createdAt: integerField(row, 'created_at'),
        revokedAt: optionalIntegerField(row, 'revoked_at'),
      }))
  }

  async addFacilitatorLink(link: Omit<FacilitatorLinkRecord, 'revokedAt'>): Promise<void> {
    this.db
      .prepare('INSERT INTO facilitator_links (id, room_id, key_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(link.id, link.roomId, link.keyHash, link.createdAt)
  }

  async revokeFacilitatorLink(roomId: string, linkId: string, at: number): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE facilitator_links SET revoked_at = ? WHERE id = ? AND room_id = ? AND revoked_at IS NULL')
      .run(at, linkId, roomId)
    return result.changes === 1
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO participants (room_id, id, token_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(participant.roomId, participant.id, participant.tokenHash, participant.createdAt)
  }

  async getParticipant(roomId: string, participantId: string): Promise<ParticipantRecord | null> {
    const row = this.db.prepare('SELECT * FROM participants WHERE room_id = ? AND id = ?').get(roomId, participantId)
    if (row === undefined) return null
    return {
      id: textField(row, 'id'),
      roomId: textField(row, 'room_id'),
      tokenHash: textField(row, 'token_hash'),
      createdAt: integerField(row, 'created_at'),
    }
  }

  async getBallot(roomId: string, participantId: string): Promise<Map<string, number>> {
    const rows = this.db
      .prepare('SELECT idea_id, dots FROM votes WHERE room_id = ? AND participant_id = ? ORDER BY idea_id')
      .all(roomId, participantId)
    return new Map(rows.map((row) => [textField(row, 'idea_id'), integerField(row, 'dots')]))
  }

  async setVote(roomId: string, participantId: string, ideaId: string, dots: number): Promise<void> {
    if (dots <= 0) {
      this.db.prepare('DELETE FROM votes WHERE room_id = ? AND participant_id = ? AND idea_id = ?').run(roomId, participantId, ideaId)
      return
    }
    this.db
      .prepare(
        `INSERT INTO votes (room_id, participant_id, idea_id, dots) VALUES (?, ?, ?, ?)
         ON CONFLICT (room_id, participant_id, idea_id) DO UPDATE SET dots = excluded.dots`,
      )
      .run(roomId, participantId, ideaId, dots)
  }

  async deleteVotesForIdea(roomId: string, ideaId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM votes WHERE room_id = ? AND idea_id = ?').run(roomId, ideaId)
      this.db.prepare('DELETE FROM carried_votes WHERE room_id = ? AND idea_id = ?').run(roomId, ideaId)
    })()
  }

  async addCarriedVotes(roomId: string, tallies: ReadonlyMap<string, number>): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO carried_votes (room_id, idea_id, votes) VALUES (?, ?, ?)
       ON CONFLICT (room_id, idea_id) DO UPDATE SET votes = carried_votes.votes + excluded.votes`,
    )
    this.db.transaction(() => {
      for (const [ideaId, votes] of tallies) if (votes > 0) insert.run(roomId, ideaId, votes)
    })()
  }

  async getTallies(roomId: string): Promise<Map<string, number>> {
    const rows = this.db
      .prepare(
        `SELECT idea_id, SUM(dots) AS votes FROM (
           SELECT idea_id, dots FROM votes WHERE room_id = ?
           UNION ALL SELECT idea_id, votes AS dots FROM carried_votes WHERE room_id = ?
         ) GROUP BY idea_id ORDER BY idea_id`,
      )
      .all(roomId, roomId)
    return new Map(rows.map((row) => [textField(row, 'idea_id'), integerField(row, 'votes')]))
  }

  async addMedia(media: MediaRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO media (id, room_id, content_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(media.id, media.roomId, media.contentType, toBuffer(media.bytes), media.createdAt)
  }

  async getMedia(roomId: string, mediaId: string): Promise<MediaRecord | null> {
    const row = this.db.prepare('SELECT * FROM media WHERE id = ? AND room_id = ?').get(mediaId, roomId)
    if (row === undefined) return null
    return {
      id: textField(row, 'id'),
      roomId: textField(row, 'room_id'),
      contentType: textField(row, 'content_type'),
      bytes: blobField(row, 'bytes'),
      createdAt: integerField(row, 'created_at'),
    }
  }

  async deleteMedia(roomId: string, mediaId: string): Promise<void> {
    this.db.prepare('DELETE FROM media WHERE id = ? AND room_id = ?').run(mediaId, roomId)
  }
}
