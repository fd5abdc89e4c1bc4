import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  loadMigrations,
  migrateDown,
  migrateUp,
} from '../../src/server/platform/db/migrate.js'
import {
  openTestDatabase,
  type TestDatabase,
} from '../support/test-database.js'

let t: TestDatabase

beforeAll(async () => {
  t = await openTestDatabase({ migrate: false })
})
afterAll(() => t.dispose())

async function tables() {
  const { rows } = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> 'schema_migration'
    ORDER BY 1`.execute(t.database.db)
  return rows.map((r) => r.name)
}

describe('migrations', () => {
  it('each have an up and a down step', async () => {
    const migrations = await loadMigrations()
    expect(migrations.length).toBeGreaterThan(0)
    for (const m of migrations) {
      expect(m.down.trim().length, `${m.version} down`).toBeGreaterThan(0)
    }
  })

  it('apply, revert one by one to an empty schema, and apply again', async () => {
    const all = (await loadMigrations()).map((m) => m.version)
    expect(await migrateUp(t.database)).toEqual(all)
    const full = await tables()
    expect(full).toContain('opportunity')

    for (const version of [...all].reverse()) {
      expect(await migrateDown(t.database, version - 1)).toEqual([version])
    }
    expect(await tables()).toEqual([])

    expect(await migrateUp(t.database)).toEqual(all)
    expect(await tables()).toEqual(full)
    expect(await migrateUp(t.database)).toEqual([])
  })
})
