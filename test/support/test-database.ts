import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { inject } from 'vitest'
import {
  type Database,
  openDatabase,
} from '../../src/server/platform/db/database.js'
import { migrateUp } from '../../src/server/platform/db/migrate.js'

export interface TestDatabase {
  database: Database
  /** Closes the database; a server database is dropped. */
  dispose(): Promise<void>
}

export const target =
  process.env.TEST_TARGET === 'server' ? 'server' : 'embedded'

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** A database of its own, named uniquely, created and dropped by the test. */
async function serverDatabase(migrate: boolean): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL as string
  const name = `rapport_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(base, `CREATE DATABASE ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'server', url: url.toString() })
  if (migrate) await migrateUp(database)
  return {
    database,
    dispose: async () => {
      await database.close()
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

async function embeddedDatabase(migrate: boolean): Promise<TestDatabase> {
  const loadDataDir = migrate
    ? new Blob([await readFile(inject('pgliteTemplate'))])
    : undefined
  const database = await openDatabase({
    kind: 'embedded',
    dataDir: undefined,
    loadDataDir,
  })
  return { database, dispose: () => database.close() }
}

/** A fresh, migrated database on the target this run tests. */
export function openTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true
  return target === 'server'
    ? serverDatabase(migrate)
    : embeddedDatabase(migrate)
}
