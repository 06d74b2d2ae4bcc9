// The facilitation records in Postgres: links, participants, votes (cast and carried over)
// and media. PostgresStorage hands these calls here, as SqliteStorage does to SqliteFacilitation.
import type pg from 'pg'
import type { FacilitationStorage, FacilitatorLinkRecord, MediaRecord, ParticipantRecord } from './FacilitationStorage.ts'
import { byteaField, numberField, optionalNumberField, textField } from './postgresRows.ts'
import type { PostgresTables } from './postgresSchema.ts'

export class PostgresFacilitation implements FacilitationStorage {
  constructor(
    private readonly pool: pg.Pool,
    private readonly t: PostgresTables,
  ) {}

  async listFacilitatorLinks(roomId: string): Promise<FacilitatorLinkRecord[]> {
    const result = await this.pool.query(`SELECT * FROM ${this.t.links} WHERE room_id = $1 ORDER BY created_at, position`, [roomId])
    return result.rows.map((row) => ({
      id: textField(row, 'id'),
      roomId: textField(row, 'room_id'),
      keyHash: textField(row, 'key_hash'),
      createdAt: numberField(row, 'created_at'),
      revokedAt: optionalNumberField(row, 'revoked_at'),
    }))
  }

  async addFacilitatorLink(link: Omit<FacilitatorLinkRecord, 'revokedAt'>): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.t.links} (id, room_id, key_hash, created_at) VALUES ($1, $2, $3, $4)`, [
      link.id,
      link.roomId,
      link.keyHash,
      link.createdAt,
    ])
  }

  async revokeFacilitatorLink(roomId: string, linkId: string, at: number): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE ${this.t.links} SET revoked_at = $1 WHERE id = $2 AND room_id = $3 AND revoked_at IS NULL`,
      [at, linkId, roomId],
    )
    return result.rowCount === 1
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.t.participants} (room_id, id, token_hash, created_at) VALUES ($1, $2, $3, $4)`, [
      participant.roomId,
      participant.id,
      participant.tokenHash,
      participant.createdAt,
    ])
  }

  async getParticipant(roomId: string, participantId: string): Promise<ParticipantRecord | null> {
    const result = await this.pool.query(`SELECT * FROM ${this.t.participants} WHERE room_id = $1 AND id = $2`, [roomId, participantId])
    const row: unknown = result.rows[0]
    if (row === undefined) return null
    return {
      id: textField(row, 'id'),
      roomId: textField(row, 'room_id'),
      tokenHash: textField(row, 'token_hash'),
      createdAt: numberField(row, 'created_at'),
    }
  }

  async getBallot(roomId: string, participantId: string): Promise<Map<string, number>> {
    const result = await this.pool.query(
      `SELECT idea_id, dots FROM ${this.t.votes} WHERE room_id = $1 AND participant_id = $2 ORDER BY idea_id`,
      [roomId, participantId],
    )
    return new Map(result.rows.map((row) => [textField(row, 'idea_id'), numberField(row, 'dots')]))
  }

  async setVote(roomId: string, participantId: string, ideaId: string, dots: number): Promise<void> {
    if (dots <= 0) {
      await this.pool.query(`DELETE FROM ${this.t.votes} WHERE room_id = $1 AND participant_id = $2 AND idea_id = $3`, [
        roomId,
        participantId,
        ideaId,
      ])
      return
    }
    await this.pool.query(
      `INSERT INTO ${this.t.votes} (room_id, participant_id, idea_id, dots) VALUES ($1, $2, $3, $4)
       ON CONFLICT (room_id, participant_id, idea_id) DO UPDATE SET dots = excluded.dots`,
      [roomId, participantId, ideaId, dots],
    )
  }

  async deleteVotesForIdea(roomId: string, ideaId: string): Promise<void> {
    // Both kinds of vote in one statement, so a tally never counts half of them.
    await this.pool.query(
      `WITH cast_votes AS (DELETE FROM ${this.t.votes} WHERE room_id = $1 AND idea_id = $2)
       DELETE FROM ${this.t.carriedVotes} WHERE room_id = $1 AND idea_id = $2`,
      [roomId, ideaId],
    )
  }

  async addCarriedVotes(roomId: string, tallies: ReadonlyMap<string, number>): Promise<void> {
    const counted = [...tallies].filter(([, votes]) => votes > 0)
    if (counted.length === 0) return
    await this.pool.query(
      `INSERT INTO ${this.t.carriedVotes} AS existing (room_id, idea_id, votes)
       SELECT $1, idea_id, votes FROM unnest($2::text[], $3::int[]) AS input (idea_id, votes)
       ON CONFLICT (room_id, idea_id) DO UPDATE SET votes = existing.votes + excluded.votes`,
      [roomId, counted.map(([ideaId]) => ideaId), counted.map(([, votes]) => votes)],
    )
  }

  async getTallies(roomId: string): Promise<Map<string, number>> {
    const result = await this.pool.query(
      `SELECT idea_id, SUM(dots) AS votes FROM (
         SELECT idea_id, dots FROM ${this.t.votes} WHERE room_id = $1
         UNION ALL SELECT idea_id, votes FROM ${this.t.carriedVotes} WHERE room_id = $1
       ) AS counted GROUP BY idea_id ORDER BY idea_id`,
      [roomId],
    )
    return new Map(result.rows.map((row) => [textField(row, 'idea_id'), numberField(row, 'votes')]))
  }

  async addMedia(media: MediaRecord): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.t.media} (id, room_id, content_type, bytes, created_at) VALUES ($1, $2, $3, $4, $5)`, [
      media.id,
      media.roomId,
      media.contentType,
      media.bytes,
      media.createdAt,
    ])
  }

  async getMedia(roomId: string, mediaId: string): Promise<MediaRecord | null> {
    const result = await this.pool.query(`SELECT * FROM ${this.t.media} WHERE id = $1 AND room_id = $2`, [mediaId, roomId])
    const row: unknown = result.rows[0]
    if (row === undefined) return null
    return {
      id: textField(row, 'id'),
      roomId: textField(row, 'room_id'),
      contentType: textField(row, 'content_type'),
      bytes: byteaField(row, 'bytes'),
      createdAt: numberField(row, 'created_at'),
    }
  }

  async deleteMedia(roomId: string, mediaId: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.t.media} WHERE id = $1 AND room_id = $2`, [mediaId, roomId])
  }
}
