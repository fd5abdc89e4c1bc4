import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import {
  type Database,
  openDatabase,
} from '../src/server/platform/db/database.js'
import { migrateUp } from '../src/server/platform/db/migrate.js'
import type { BenchOptions } from './options.js'

export interface BenchDatabase {
  database: Database
  /** The server database's address, for a driver of its own (COPY). */
  url?: string
  /** Closes the database and removes it: data directory or server copy. */
  dispose(): Promise<void>
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

async function serverDatabase(base: string): Promise<BenchDatabase> {
  const name = `rapport_bench_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(base, `CREATE DATABASE ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'server', url: url.toString() })
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close()
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

async function embeddedDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-bench-'))
  const database = await openDatabase({ kind: 'embedded', dataDir })
  return {
    database,
    dispose: async () => {
      await database.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** A fresh, migrated database of its own on the chosen target. */
export async function openBenchDatabase(
  options: BenchOptions,
): Promise<BenchDatabase> {
  const bench =
    options.target === 'server' && options.serverUrl
      ? await serverDatabase(options.serverUrl)
      : await embeddedDatabase()
  try {
    await migrateUp(bench.database)
  } catch (error) {
    await bench.dispose()
    throw error
  }
  return bench
}

/** "PostgreSQL 15.4" or the like, for the report. */
export async function describeServer(database: Database): Promise<string> {
  const { rows } = await database.executeSql('SHOW server_version')
  const [{ server_version }] = rows as { server_version: string }[]
  return `PostgreSQL ${server_version}`
}
