// What facilitation keeps in the database: facilitator links, participants' tokens, dot
// votes (and votes carried over from a backup) and welcome media. Only hashes of keys and tokens are stored, never the secrets.

export interface FacilitatorLinkRecord {
  /** 16 hex characters; shown to facilitators so they can revoke a link. */
  id: string
  roomId: string
  /** Hex SHA-256 of the link's key. */
  keyHash: string
  createdAt: number
  /** When the link stopped working, or null while it works. */
  revokedAt: number | null
}

export interface ParticipantRecord {
  /** The person's id on the board (ideas' authorId). */
  id: string
  roomId: string
  /** Hex SHA-256 of the participant's token. */
  tokenHash: string
  createdAt: number
}

export interface MediaRecord {
  id: string
  roomId: string
  contentType: string
  bytes: Uint8Array
  createdAt: number
}

export interface FacilitationStorage {
  /** Every link of the room, revoked ones too, oldest first. */
  listFacilitatorLinks(roomId: string): Promise<FacilitatorLinkRecord[]>
  addFacilitatorLink(link: Omit<FacilitatorLinkRecord, 'revokedAt'>): Promise<void>
  /** Stops a link working. False when the room has no such link, or it was already revoked. */
  revokeFacilitatorLink(roomId: string, linkId: string, at: number): Promise<boolean>

  addParticipant(participant: ParticipantRecord): Promise<void>
  getParticipant(roomId: string, participantId: string): Promise<ParticipantRecord | null>

  /** One participant's dots: idea id → dots (only ideas with at least one). */
  getBallot(roomId: string, participantId: string): Promise<Map<string, number>>
  /** Sets how many dots a participant has on an idea; 0 removes them. */
  setVote(roomId: string, participantId: string, ideaId: string, dots: number): Promise<void>
  /** Removes every dot on an idea, carried-over ones too, as when its author withdraws it. */
  deleteVotesForIdea(roomId: string, ideaId: string): Promise<void>
  /**
   * Stores votes carried over from a backup into a restored room: idea id → votes. They
   * count in tallies but sit on nobody's ballot, so nobody can take them back and they
   * use up nobody's budget.
   */
  addCarriedVotes(roomId: string, tallies: ReadonlyMap<string, number>): Promise<void>
  /** Idea id → total dots, over everyone's ballots plus carried-over votes, for ideas with at least one. */
  getTallies(roomId: string): Promise<Map<string, number>>

  addMedia(media: MediaRecord): Promise<void>
  getMedia(roomId: string, mediaId: string): Promise<MediaRecord | null>
  deleteMedia(roomId: string, mediaId: string): Promise<void>
}
