import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COMMIT_BATCH,
  COMMIT_JOB,
  runCommit,
} from '../../src/server/modules/record-imports/commit-import.js'
import { previewImportJob } from '../../src/server/modules/record-imports/import-jobs.js'
import { resumeImports } from '../../src/server/modules/record-imports/resume-imports.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import { type ImportView, preview, upload } from './import-support.js'

// The commit job is driven by hand here: the queue takes the request and
// runs nothing (previews run as usual), so each test decides when a batch fails or the import is
// cancelled.
let t: TestApp
let admin: Browser
const ROWS = 2 * COMMIT_BATCH + 250

beforeAll(async () => {
  t = await startTestApp({
    jobs: [previewImportJob, { name: COMMIT_JOB, run: async () => {} }],
  })
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t?.close())

function contactsFile(tag: string) {
  const lines = ['First name,Last name,Email']
  for (let i = 1; i <= ROWS; i++)
    lines.push(`P${i},${tag},${tag}${i}@resume.test`)
  return `${lines.join('\n')}\n`
}

async function queued(tag: string): Promise<ImportView> {
  const view = await upload(admin, 'contact', contactsFile(tag))
  const shown = await preview(admin, view.id, {
    columns: {
      'First name': 'first_name',
      'Last name': 'last_name',
      Email: 'email',
    },
    key: 'email',
  })
  expect(shown.readyCount).toBe(ROWS)
  const res = await admin.request('POST', `/api/v1/imports/${view.id}/commit`, {
    revision: shown.revision,
  })
  expect(res.statusCode, res.body).toBe(202)
  return shown
}

async function written(importId: string, tag: string) {
  const { rows } = await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
    sql<{ contacts: number; links: number; lines: number; audits: number }>`
      SELECT
        (SELECT count(*)::int FROM contact
          WHERE last_name = ${tag} AND deleted_at IS NULL) AS contacts,
        (SELECT count(*)::int FROM import_record
          WHERE import_id = ${importId}) AS links,
        (SELECT count(DISTINCT line)::int FROM import_record
          WHERE import_id = ${importId}) AS lines,
        (SELECT count(*)::int FROM audit_log a JOIN import_record l
          ON l.tenant_id = a.tenant_id AND l.record_id = a.record_id
          WHERE l.import_id = ${importId} AND a.action = 'create') AS audits`.execute(
      tx,
    ),
  )
  return rows[0]
}

const status = async (id: string) =>
  (await admin.get(`/api/v1/imports/${id}`)).json().data

describe('a commit that stops part-way', () => {
  it('loses and repeats nothing when it resumes after a crash', async () => {
    const view = await queued('Crash')
    const crash = runCommit(t.database.db, t.workspace.tenantId, view.id, {
      beforeBatchCommits: (batch) => {
        if (batch === 2) throw new Error('the worker died')
      },
    })
    await expect(crash).rejects.toThrow('the worker died')
    expect(await written(view.id, 'Crash')).toEqual({
      contacts: COMMIT_BATCH,
      links: COMMIT_BATCH,
      lines: COMMIT_BATCH,
      audits: COMMIT_BATCH,
    })
    expect(await status(view.id)).toMatchObject({
      status: 'committing',
      progress: { done: COMMIT_BATCH, total: ROWS },
    })

    // On start-up the server queues the half-written import again.
    const sent: unknown[] = []
    await resumeImports(t.database, {
      send: async (_name, data) => {
        sent.push(data)
        return null
      },
    })
    expect(sent).toContainEqual({
      tenantId: t.workspace.tenantId,
      importId: view.id,
    })

    await runCommit(t.database.db, t.workspace.tenantId, view.id)
    expect(await written(view.id, 'Crash')).toEqual({
      contacts: ROWS,
      links: ROWS,
      lines: ROWS,
      audits: ROWS,
    })
    expect(await status(view.id)).toMatchObject({
      status: 'completed',
      progress: { done: ROWS, total: ROWS, created: ROWS, failed: 0 },
    })

    // Undone batch by batch in one transaction: every created record.
    const undo = await admin.request('POST', `/api/v1/imports/${view.id}/undo`)
    expect(undo.json().data).toEqual({ deleted: ROWS, kept: 0 })
    expect((await written(view.id, 'Crash')).contacts).toBe(0)
  })

  it('stops after the batch in flight when cancelled, and the rest stays unwritten', async () => {
    const view = await queued('Cancel')
    await runCommit(t.database.db, t.workspace.tenantId, view.id, {
      // A cancel that arrives while the first batch is being written.
      beforeBatchCommits: async (batch, tx) => {
        if (batch !== 1) return
        await sql`UPDATE import SET status = 'cancelled'
          WHERE id = ${view.id}`.execute(tx)
      },
    })
    expect((await written(view.id, 'Cancel')).contacts).toBe(COMMIT_BATCH)
    expect(await status(view.id)).toMatchObject({
      status: 'cancelled',
      progress: { done: COMMIT_BATCH },
    })

    const undo = await admin.request('POST', `/api/v1/imports/${view.id}/undo`)
    expect(undo.json().data).toEqual({ deleted: COMMIT_BATCH, kept: 0 })
    expect((await written(view.id, 'Cancel')).contacts).toBe(0)
  })

  it('writes nothing when cancelled before the job starts', async () => {
    const view = await queued('Early')
    const res = await admin.request('POST', `/api/v1/imports/${view.id}/cancel`)
    expect(res.statusCode, res.body).toBe(200)
    await runCommit(t.database.db, t.workspace.tenantId, view.id)
    expect((await written(view.id, 'Early')).contacts).toBe(0)
    expect((await status(view.id)).status).toBe('cancelled')
  })
})
