import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultDatasetDir } from '../../src/server/modules/imports/dataset-files.js'
import { importJobs } from '../../src/server/modules/record-imports/import-jobs.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import { commit, preview, rows, upload } from './import-support.js'

// The data set's deals, written again by the test with semicolons and
// decimal commas, import into opportunities exactly as previewed, their
// accounts found by name among the accounts imported first.
const DIR = defaultDatasetDir()

let t: TestApp
let admin: Browser

beforeAll(async () => {
  t = await startTestApp({ jobs: importJobs })
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t?.close())

/** The deals file with semicolons, and close values with decimal commas. */
async function semicolonPipeline(): Promise<string> {
  const text = await readFile(join(DIR, 'sales_pipeline.csv'), 'utf8')
  const records: string[][] = parse(text)
  const value = records[0].indexOf('close_value')
  return stringify(
    records.map((r, i) =>
      i > 0 && r[value] ? r.map((c, j) => (j === value ? `${c},50` : c)) : r,
    ),
    { delimiter: ';', record_delimiter: '\r\n' },
  )
}

describe.skipIf(!existsSync(DIR))('the data set as semicolon CSV', () => {
  it('imports its deals exactly as the preview showed', async () => {
    const accounts = await upload(
      admin,
      'account',
      await readFile(join(DIR, 'accounts.csv')),
      'accounts.csv',
    )
    const named = await preview(admin, accounts.id, {
      columns: { account: 'name', employees: 'employees' },
    })
    expect(named.readyCount).toBe(85)
    await commit(admin, named)

    const view = await upload(admin, 'opportunity', await semicolonPipeline())
    expect(view).toMatchObject({ delimiter: ';', rowCount: 8800 })
    const shown = await preview(admin, view.id, {
      columns: {
        opportunity_id: 'name',
        account: 'account_id',
        engage_date: 'engage_date',
        close_date: 'close_date',
        close_value: 'amount',
      },
      dateOrder: 'ymd',
    })
    expect(shown.readyCount + shown.rejectedCount).toBe(8800)
    expect(shown.rejectedCount).toBe(0)
    const planned = await rows(admin, view.id)
    const first = planned.find((r) => r.cells[0] === '1C1I7A6R')
    expect(first?.values).toMatchObject({
      name: '1C1I7A6R',
      amount: '1054.50',
      close_date: '2017-03-01',
    })

    const done = await commit(admin, shown)
    expect(done.progress).toMatchObject({ created: 8800, failed: 0 })
    // What was written is what was shown, row by row.
    const { rows: written } = await withTenant(
      t.database.db,
      t.workspace.tenantId,
      (tx) =>
        sql<{ line: number; name: string; amount: string | null }>`
          SELECT l.line, o.name, o.amount::text AS amount
          FROM import_record l JOIN opportunity o
            ON o.tenant_id = l.tenant_id AND o.id = l.record_id
          WHERE l.import_id = ${view.id}`.execute(tx),
    )
    expect(written).toHaveLength(8800)
    const byLine = new Map(planned.map((r) => [r.line, r.values]))
    for (const w of written) {
      const values = byLine.get(w.line) ?? {}
      expect(w.name).toBe(values.name)
      expect(w.amount).toBe((values.amount as string | undefined) ?? null)
    }
  }, 240_000)
})
