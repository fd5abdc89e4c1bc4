import { existsSync } from 'node:fs'
import { type Config, loadConfig } from '../server/config.js'
import { CLI_SECRET_FILE } from '../server/modules/imports/cli-secret.js'
import {
  dataDirSecret,
  isDataDirLocked,
  lockDataDir,
  pgliteDir,
  readServerInfo,
} from '../server/platform/db/data-dir.js'
import { type Db, openDatabase } from '../server/platform/db/database.js'
import { migrateUp } from '../server/platform/db/migrate.js'
import { type CallServer, serverClient, serverUrl } from './server-client.js'

/** One command, done either on the database or through the server. */
export interface CliWork<T> {
  local: (db: Db) => Promise<T>
  remote: (call: CallServer) => Promise<T>
}

/**
 * Runs a command where the data lives. With DATABASE_URL the database
 * server is shared, so the CLI opens it itself. Otherwise the embedded
 * database belongs to whoever holds the data directory: a running Rapport
 * server is asked over its API; when none runs, the CLI holds it. Says
 * which on stderr, keeping stdout for the command's answer.
 */
export async function runOnWorkspace<T>(
  work: CliWork<T>,
  say = sayOnStderr,
): Promise<T> {
  const config = loadConfig()
  if (config.databaseUrl) {
    say(`Using the PostgreSQL database ${describeDatabaseUrl(config)}`)
    return withDatabase({ kind: 'server', url: config.databaseUrl }, work)
  }
  if (existsSync(config.dataDir) && (await isDataDirLocked(config.dataDir))) {
    const info = await readServerInfo(config.dataDir).catch(() => {
      throw new Error(
        `${config.dataDir} is in use, but by no Rapport server: another ` +
          'rapport command may be running. A lock left by a crash is ' +
          'released within about 15 s: try again then.',
      )
    })
    const secret = await dataDirSecret(config.dataDir, CLI_SECRET_FILE)
    say(`Using the Rapport server at ${serverUrl(info).origin}`)
    return work.remote(serverClient(info, secret))
  }
  const release = await lockDataDir(config.dataDir)
  try {
    say(`Opened the data directory ${config.dataDir}`)
    const dir = pgliteDir(config.dataDir)
    return await withDatabase({ kind: 'embedded', dataDir: dir }, work)
  } finally {
    await release()
  }
}

function sayOnStderr(line: string) {
  process.stderr.write(`${line}\n`)
}

/**
 * Where DATABASE_URL points, without its password or query (which may
 * hold one): 'postgres://app@db:5432/rapport from DATABASE_URL'.
 */
export function describeDatabaseUrl(config: Pick<Config, 'databaseUrl'>) {
  try {
    const url = new URL(config.databaseUrl ?? '')
    const user = url.username ? `${url.username}@` : ''
    return `${url.protocol}//${user}${url.host}${url.pathname} from DATABASE_URL`
  } catch {
    return 'from DATABASE_URL'
  }
}

async function withDatabase<T>(
  target: Parameters<typeof openDatabase>[0],
  work: CliWork<T>,
): Promise<T> {
  const database = await openDatabase(target)
  try {
    await migrateUp(database)
    return await work.local(database.db)
  } finally {
    await database.close()
  }
}
