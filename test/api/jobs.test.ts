import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeExpiredSessions } from '../../src/server/modules/maintenance/jobs.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  type JobRunner,
  startJobRunner,
} from '../../src/server/platform/jobs/job-runner.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let t: TestApp
let runner: JobRunner
const errors: Error[] = []

beforeAll(async () => {
  t = await startTestApp()
  runner = await startJobRunner(t.database, [purgeExpiredSessions], (e) =>
    errors.push(e),
  )
})
afterAll(async () => {
  await runner?.stop()
  await t.close()
})

async function sessionCount() {
  const { rows } = await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
    sql<{ n: number }>`SELECT count(*)::int AS n FROM session`.execute(tx),
  )
  return rows[0].n
}

describe('the job runner', () => {
  it('runs a queued job in this process: expired sessions are purged', async () => {
    await t.signIn('admin@acme.test')
    await t.signIn('admin@acme.test')
    await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
      sql`UPDATE session SET expires_at = now() - interval '1 day'
        WHERE id = (SELECT id FROM session ORDER BY id LIMIT 1)`.execute(tx),
    )
    expect(await sessionCount()).toBe(2)

    expect(await runner.send(purgeExpiredSessions.name)).toEqual(
      expect.any(String),
    )
    await expect.poll(sessionCount, { timeout: 20_000, interval: 250 }).toBe(1)
    expect(errors).toEqual([])
  })

  it('keeps the schedule in the database', async () => {
    const { rows } = await t.database.executeSql(
      'SELECT name, cron FROM rapport_jobs.schedule',
    )
    expect(rows).toEqual([
      { name: purgeExpiredSessions.name, cron: purgeExpiredSessions.schedule },
    ])
  })
})
