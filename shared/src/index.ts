// What the client and the server use from shared/.
export { Board, DocRoot, ideaShapeId, ideaIdOfShape, randomId } from './board/Board.ts'
export type { Idea, NewIdea } from './board/Board.ts'
export { applyTextChange, diffText } from './board/textDiff.ts'
export type { Splice } from './board/textDiff.ts'
export { CloseCode, FINAL_CLOSE_CODES } from './closeCodes.ts'
export {
  COLOURS,
  PICTURES,
  cleanName,
  colourHex,
  colourLabel,
  parseParticipant,
  pictureLabel,
  suggestIdentity,
} from './identity.ts'
export type { Participant } from './identity.ts'
export { Limits } from './limits.ts'
export {
  MessageType,
  SyncStep,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isWellFormedUpdate,
  parseAwarenessUpdate,
  parseMessage,
} from './protocol.ts'
export type { AwarenessEntry, AwarenessParseResult, ClientMessage, ParseResult } from './protocol.ts'
export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, ROOM_ID_PATTERN, formatJoinCode, isRoomId, normaliseJoinCode } from './roomIds.ts'
export { PHASES, PHASE_TEXT, isPhase, nextPhase, previousPhase } from './facilitation/phases.ts'
export type { Phase } from './facilitation/phases.ts'
export {
  IDLE_TIMER,
  MAX_TIMER_MS,
  extendTimer,
  formatRemaining,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './facilitation/timer.ts'
export type { TimerState } from './facilitation/timer.ts'
export {
  DEFAULT_VOTE_SETTINGS,
  MAX_VOTE_BUDGET,
  checkUnvote,
  checkVote,
  dotsUsed,
  parseVoteSettings,
  rankByVotes,
} from './facilitation/votes.ts'
export type { Ballot, RankedGroup, VoteCheck, VoteSettings } from './facilitation/votes.ts'
export {
  DEFAULT_SESSION,
  MAX_WELCOME_TEXT,
  applyCommand,
  isVotingOpen,
  parseFacilitatorCommand,
  talliesVisible,
} from './facilitation/session.ts'
export type { CommandParse, FacilitatorCommand, SessionState, SharedView, TimerCommand } from './facilitation/session.ts'
export {
  SessionRoot,
  readMoreTimeCount,
  readSession,
  readSessionField,
  readTallies,
  writeMoreTimeCount,
  writeSession,
  writeTallies,
} from './facilitation/sessionDoc.ts'
export { MAX_THEME_NAME, THEME_COLOURS, Themes, themeIdOfShape, themeName, themeShapeId } from './board/themes.ts'
export type { NameProposal, Theme, ThemeColour } from './board/themes.ts'
export { NO_THEME, collectOutcome, themesByVotes } from './outcomes/outcome.ts'
export type { Outcome, OutcomeIdea, OutcomeInput, OutcomeTheme } from './outcomes/outcome.ts'
export { CSV_BYTE_ORDER_MARK, toCsv } from './outcomes/csv.ts'
export { escapeMarkdown, toMarkdown } from './outcomes/markdown.ts'
export { toEasyRead } from './outcomes/easyRead.ts'
export type { EasyRead, EasyReadLine, EasyReadSection } from './outcomes/easyRead.ts'
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, toBackup } from './outcomes/backup.ts'
export type { BackupJson, BackupMeta, BackupTally } from './outcomes/backup.ts'
export { parseBackup } from './outcomes/parseBackup.ts'
export type { Backup, BackupParse } from './outcomes/parseBackup.ts'
export { adjustedRandIndex } from './themes/adjustedRandIndex.ts'
export { parseIdeasFile } from './themes/parseIdeasFile.ts'
export type { IdeasFileParse } from './themes/parseIdeasFile.ts'
export { suggestThemes } from './themes/suggestThemes.ts'
export type { IdeaText, SuggestedTheme } from './themes/suggestThemes.ts'
