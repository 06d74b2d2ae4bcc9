// What the rest of the project uses from server/.
export { ConfigError, parseConfig, readConfig } from './config.ts'
export type { Config } from './config.ts'
export { HttpError } from './HttpError.ts'
export { createApp } from './http/createApp.ts'
export type { AppOptions } from './http/createApp.ts'
export { RateLimiter } from './http/RateLimiter.ts'
export { createLogger, setLogLevel } from './logger.ts'
export type { Logger, LogLevel } from './logger.ts'
export { LiveRoom } from './room/LiveRoom.ts'
export { Room, RoomClosedError } from './room/Room.ts'
export type { RoomOptions } from './room/Room.ts'
export type { RoomConnection, RoomStore } from './room/RoomConnection.ts'
export { RoomRegistry } from './room/RoomRegistry.ts'
export { startServer } from './server.ts'
export type { RunningServer } from './server.ts'
export { SqliteStorage } from './storage/SqliteStorage.ts'
export type { FacilitationStorage, FacilitatorLinkRecord, MediaRecord, ParticipantRecord } from './storage/FacilitationStorage.ts'
export type {
  CreateRoomResult,
  DocumentName,
  NewRoomRecord,
  RoomRecord,
  RoomStorage,
  Storage,
  StoredDocument,
  StoredUpdate,
  UpdateEntry,
} from './storage/Storage.ts'
export { UpdateBatcher } from './storage/UpdateBatcher.ts'
export { SOCKET_PATH_PREFIX } from './ws/socketTarget.ts'
