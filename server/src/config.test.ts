import { describe, expect, it } from 'vitest'
import { ConfigError, REPO_ROOT, parseConfig } from './config.ts'

describe('parseConfig', () => {
  it('defaults to a laptop setup', () => {
    const config = parseConfig({}, '/srv/app')
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir: '/srv/app/data', logLevel: 'info' })
    expect(config.clientDir.startsWith(REPO_ROOT)).toBe(true)
    expect(config.clientDir.endsWith('dist/client')).toBe(true)
  })

  it('reads every setting', () => {
    const config = parseConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/roundtable',
        CLIENT_DIR: '/opt/client',
        LOG_LEVEL: 'warn',
        PING_INTERVAL_MS: '200',
        ROOM_IDLE_MS: '0',
        COMPACT_AFTER_UPDATES: '10',
        TRUST_PROXY: 'true',
        DATABASE_URL: 'postgres://roundtable@db.internal:5432/roundtable',
        REDIS_URL: 'redis://cache.internal:6379',
        ROOM_CREATE_TOKEN: 'let-me-in',
        ROOM_RETENTION_DAYS: '90',
        MAX_CONNECTIONS_PER_ADDRESS: '20',
        MAX_LIVE_ROOMS: '500',
        MAX_MESSAGES_PER_SECOND: '40',
        ROOMS_PER_ADDRESS_PER_HOUR: '5',
      },
      '/',
    )
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/roundtable',
      clientDir: '/opt/client',
      logLevel: 'warn',
      pingIntervalMs: 200,
      roomIdleMs: 0,
      compactAfterUpdates: 10,
      trustProxy: true,
      databaseUrl: 'postgres://roundtable@db.internal:5432/roundtable',
      redisUrl: 'redis://cache.internal:6379',
      roomCreateToken: 'let-me-in',
      roomRetentionDays: 90,
      maxConnectionsPerAddress: 20,
      maxLiveRooms: 500,
      maxMessagesPerSecond: 40,
      roomsPerAddressPerHour: 5,
    })
  })

  it('refuses a database or Redis address of the wrong kind without repeating it', () => {
    try {
      parseConfig({ DATABASE_URL: 'mysql://root:secret@db/x', REDIS_URL: 'not a url' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const message = (error as Error).message
      expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// address.')
      expect(message).toContain('REDIS_URL must be a redis:// or rediss:// address.')
      expect(message).not.toContain('secret')
    }
  })

  it('lists every invalid setting in one error', () => {
    try {
      parseConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', PING_INTERVAL_MS: '-5' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      const { problems } = error as ConfigError
      expect(problems).toHaveLength(3)
      expect(problems.join('\n')).toContain('PORT must be a whole number from 0 to 65535, but is "eighty"')
      expect(problems.join('\n')).toContain('LOG_LEVEL must be one of')
    }
  })

  it('refuses a port out of range', () => {
    expect(() => parseConfig({ PORT: '70000' })).toThrow(ConfigError)
  })
})
