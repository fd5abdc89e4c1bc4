import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { newSecret } from '../../modules/auth/secrets.js'

export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pg')
}

export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(join(pgliteDir(dataDir), 'PG_VERSION'))
}

/**
 * Holds the data directory for this process. The embedded database has no
 * lock of its own, and two processes writing it would corrupt it.
 */
export async function lockDataDir(
  dataDir: string,
): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true })
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'rapport.lock'),
      stale: 15_000,
      update: 5_000,
    })
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      const holder = await readServerInfo(dataDir).catch(() => undefined)
      const by = holder
        ? `the Rapport server at ${holder.url} (pid ${holder.pid})`
        : 'another Rapport process'
      throw new Error(
        `The data directory ${dataDir} is in use by ${by}. ` +
          'Stop it, or set DATA_DIR to another directory.',
      )
    }
    throw error
  }
}

export function isDataDirLocked(dataDir: string): Promise<boolean> {
  return lockfile.check(dataDir, {
    lockfilePath: join(dataDir, 'rapport.lock'),
    stale: 15_000,
  })
}

/** A secret kept in the data directory, created on first use. */
export async function dataDirSecret(dataDir: string, name: string) {
  const path = join(dataDir, name)
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim()
  const secret = newSecret()
  await writeFile(path, secret, { mode: 0o600 })
  return secret
}

export interface ServerInfo {
  url: string
  pid: number
}

export async function writeServerInfo(dataDir: string, info: ServerInfo) {
  await writeFile(join(dataDir, 'server.json'), JSON.stringify(info), {
    mode: 0o600,
  })
}

export async function removeServerInfo(dataDir: string) {
  await rm(join(dataDir, 'server.json'), { force: true })
}

export async function readServerInfo(dataDir: string) {
  const text = await readFile(join(dataDir, 'server.json'), 'utf8')
  return JSON.parse(text) as ServerInfo
}
