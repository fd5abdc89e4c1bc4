import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import type { Database } from './database.js'

export const migrationsDir = fileURLToPath(
  new URL('../../../../migrations', import.meta.url),
)

export interface Migration {
  version: number
  name: string
  up: string
  down: string
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.(up|down)\.sql$/

export async function loadMigrations(
  dir = migrationsDir,
): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => FILE.test(f)).sort()
  const byVersion = new Map<number, Partial<Migration>>()
  for (const file of files) {
    const [, v, name, direction] = FILE.exec(file) as RegExpExecArray
    const version = Number(v)
    const entry = byVersion.get(version) ?? { version, name }
    entry[direction as 'up' | 'down'] = await readFile(join(dir, file), 'utf8')
    byVersion.set(version, entry)
  }
  return [...byVersion.values()].map((m) => {
    if (!m.up || !m.down) {
      throw new Error(`Migration ${m.version} needs both an up and a down file`)
    }
    return m as Migration
  })
}

async function appliedVersions(database: Database): Promise<number[]> {
  await database.runScript(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const { rows } = await sql<{ version: number }>`
    SELECT version FROM schema_migration ORDER BY version`.execute(database.db)
  return rows.map((r) => r.version)
}

function transactional(body: string, bookkeeping: string): string {
  return `BEGIN;\n${body}\n;${bookkeeping};\nCOMMIT;`
}

/** Applies every pending migration, each in a transaction of its own. */
export async function migrateUp(database: Database): Promise<number[]> {
  const done = new Set(await appliedVersions(database))
  const applied: number[] = []
  for (const m of await loadMigrations()) {
    if (done.has(m.version)) continue
    const record = `INSERT INTO schema_migration (version, name)
      VALUES (${m.version}, '${m.name}')`
    await runOrRollBack(database, transactional(m.up, record))
    applied.push(m.version)
  }
  return applied
}

/** Reverts applied migrations newer than `target`, newest first. */
export async function migrateDown(
  database: Database,
  target = 0,
): Promise<number[]> {
  const done = new Set(await appliedVersions(database))
  const reverted: number[] = []
  const migrations = (await loadMigrations()).reverse()
  for (const m of migrations) {
    if (m.version <= target || !done.has(m.version)) continue
    const record = `DELETE FROM schema_migration WHERE version = ${m.version}`
    await runOrRollBack(database, transactional(m.down, record))
    reverted.push(m.version)
  }
  return reverted
}

async function runOrRollBack(database: Database, script: string) {
  try {
    await database.runScript(script)
  } catch (error) {
    await database.runScript('ROLLBACK').catch(() => {})
    throw error
  }
}
