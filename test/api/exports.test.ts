import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportJobs } from '../../src/server/modules/exports/export-jobs.js'
import { importJobs } from '../../src/server/modules/record-imports/import-jobs.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  commit,
  preview,
  rows,
  suggested,
  upload,
} from '../imports/import-support.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser
let rep: Browser
let repId: string
let partner: Browser
const ZONE = 'Europe/Berlin'

interface ExportView {
  id: string
  status: string
  total: number
  done: number
  bytes: number
  error: string | null
}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, `${path} ${res.body}`).toBe(201)
  return res.json().data
}

async function exported(as: Browser, body: object): Promise<ExportView> {
  const res = await as.request('POST', '/api/v1/exports', body)
  expect(res.statusCode, res.body).toBe(202)
  const id = res.json().data.id
  let view: ExportView | undefined
  await expect
    .poll(
      async () => {
        view = (await as.get(`/api/v1/exports/${id}`)).json().data
        return view?.status
      },
      { timeout: 20_000, interval: 100 },
    )
    .toMatch(/completed|failed|cancelled/)
  return view as ExportView
}

async function download(as: Browser, id: string) {
  const res = await as.get(`/api/v1/exports/${id}/file`)
  expect(res.statusCode, res.body).toBe(200)
  return res
}

async function csvRows(as: Browser, body: object) {
  const view = await exported(as, { format: 'csv', ...body })
  expect(view.status, view.error ?? '').toBe('completed')
  const res = await download(as, view.id)
  expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  const rows: string[][] = parse(res.rawPayload, { bom: true })
  return { view, res, header: rows[0], rows: rows.slice(1) }
}

async function roleId(key: string) {
  const roles = (await admin.get('/api/v1/roles')).json().data
  return roles.find((r: { key: string }) => r.key === key).id
}

async function person(name: string, role: string) {
  const user = await createUser(t.database.db, t.workspace.tenantId, { name })
  const res = await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
    roleIds: [await roleId(role)],
  })
  expect(res.statusCode, res.body).toBe(200)
  return { id: user.id, browser: await t.signIn(user.email) }
}

beforeAll(async () => {
  t = await startTestApp({ jobs: [...exportJobs, ...importJobs] })
  admin = await t.signIn('admin@acme.test')
  const r = await person('Rita Rep', 'sales_rep')
  rep = r.browser
  repId = r.id
  partner = (await person('Paul Partner', 'partner')).browser
  await create('/api/v1/custom-fields', {
    recordType: 'opportunity',
    name: 'tier',
    label: 'Tier',
    type: 'enum',
    options: [
      { value: 'gold', label: 'Gold' },
      { value: 'silver', label: 'Silver' },
    ],
  })
  await create('/api/v1/custom-fields', {
    recordType: 'opportunity',
    name: 'components',
    label: 'Components',
    type: 'multiselect',
    options: ['api', 'sso', 'audit'].map((value) => ({
      value,
      label: value.toUpperCase(),
    })),
  })
  await create('/api/v1/custom-fields', {
    recordType: 'opportunity',
    name: 'margin_note',
    label: 'Margin note',
    type: 'text',
  })
  const account = await create('/api/v1/accounts', { name: 'Hooli' })
  for (let i = 0; i < 7; i++) {
    await create('/api/v1/opportunities', {
      name: `Hooli deal ${i}`,
      account_id: account.id,
      owner_id: i < 3 ? repId : undefined,
      amount: `${1000 + i}.50`,
      close_date: `2027-01-0${i + 1}`,
      tier: i % 2 ? 'gold' : 'silver',
      components: ['sso', 'api'],
      margin_note: `margin secret ${i}`,
    })
  }
  await admin.request('PUT', '/api/v1/field-rules', {
    roleId: await roleId('sales_rep'),
    recordType: 'opportunity',
    field: 'margin_note',
    access: 'hidden',
  })
})
afterAll(() => t.close())

describe('exporting a list view', () => {
  it('writes the view as CSV: its filter, order and columns, in the reader’s time zone', async () => {
    const { view, res, header, rows } = await csvRows(admin, {
      recordType: 'opportunities',
      view: {
        filter: { amount: { gte: '1002' } },
        sort: '-amount',
        fields: 'name,amount,tier,components,account_id,owner_id,created_at',
      },
      timeZone: ZONE,
    })
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="opportunities-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    expect(view).toMatchObject({ total: 5, done: 5 })
    expect(header).toEqual([
      'Rapport ID',
      'Name',
      'Amount',
      'Tier',
      'Components',
      'Account',
      'Owner',
      `Created (${ZONE})`,
    ])
    expect(rows.map((r) => r[1])).toEqual(
      [6, 5, 4, 3, 2].map((i) => `Hooli deal ${i}`),
    )
    const [first] = rows
    expect(first.slice(2, 7)).toEqual([
      '1006.50',
      'Silver',
      'API; SSO',
      'Hooli',
      'Ada Admin',
    ])
    const stored = await admin.get(`/api/v1/opportunities/${first[0]}`)
    const created = stored.json().data.created_at
    expect(first[7]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/)
    expect(new Date(first[7]).getTime()).toBe(
      Math.floor(new Date(created).getTime() / 1000) * 1000,
    )
  })

  it('holds a rep to their own deals and leaves hidden fields out', async () => {
    const { header, rows, res } = await csvRows(rep, {
      recordType: 'opportunity',
    })
    expect(rows.map((r) => r[1]).sort()).toEqual([
      'Hooli deal 0',
      'Hooli deal 1',
      'Hooli deal 2',
    ])
    expect(header).not.toContain('Margin note')
    expect(res.rawPayload.toString()).not.toContain('margin secret')
    const asked = await rep.request('POST', '/api/v1/exports', {
      recordType: 'opportunity',
      view: { fields: 'name,margin_note' },
    })
    expect(asked.statusCode).toBe(400)
  })

  it('writes a workbook with numbers as numbers', async () => {
    const view = await exported(admin, {
      recordType: 'opportunity',
      format: 'xlsx',
      view: { sort: 'name', fields: 'name,amount,close_date' },
    })
    expect(view.status, view.error ?? '').toBe('completed')
    const res = await download(admin, view.id)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    expect(sheet.name).toBe('Opportunities')
    const values = sheet.getSheetValues().slice(1) as unknown[][]
    expect(values[0].slice(1)).toEqual([
      'Rapport ID',
      'Name',
      'Amount',
      'Close date',
    ])
    expect(values).toHaveLength(8)
    expect(values[1].slice(2)).toEqual(['Hooli deal 0', 1000.5, '2027-01-01'])
  })

  it('is refused to those whose roles do not export, and private to whoever asked', async () => {
    const refused = await partner.request('POST', '/api/v1/exports', {
      recordType: 'opportunity',
    })
    expect(refused.statusCode).toBe(403)
    const bad = await admin.request('POST', '/api/v1/exports', {
      recordType: 'opportunity',
      view: { sort: 'nonsense' },
    })
    expect(bad.statusCode).toBe(400)
    const mine = await exported(admin, { recordType: 'account' })
    for (const path of ['', '/file']) {
      const other = await rep.get(`/api/v1/exports/${mine.id}${path}`)
      expect(other.statusCode).toBe(404)
    }
    const again = await admin.request(
      'POST',
      `/api/v1/exports/${mine.id}/cancel`,
    )
    expect(again.statusCode).toBe(409)
    const listed = (await admin.get('/api/v1/exports')).json().data
    expect(listed[0].id).toBe(mine.id)
  })

  it('imports back unchanged: the same file changes nothing', async () => {
    const { res } = await csvRows(admin, {
      recordType: 'opportunity',
      view: {
        fields:
          'name,amount,close_date,tier,components,account_id,owner_id,margin_note',
      },
      timeZone: ZONE,
    })
    const count = async () => {
      const { rows } = await withTenant(
        t.database.db,
        t.workspace.tenantId,
        (tx) =>
          sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(
            tx,
          ),
      )
      return rows[0].n
    }
    const before = await count()
    const view = await upload(admin, 'opportunity', res.rawPayload, 'back.csv')
    const columns = suggested(view)
    expect(columns['Rapport ID']).toBe('id')
    // The Rapport ID names the record to update; it creates none.
    const asNew = await admin.request(
      'POST',
      `/api/v1/imports/${view.id}/preview`,
      {
        columns,
      },
    )
    expect(asNew.statusCode).toBe(422)
    expect(asNew.json().errors[0].field).toBe('columns.Rapport ID')
    const shown = await preview(admin, view.id, {
      columns,
      mode: 'upsert',
      key: 'id',
    })
    expect(shown.rejectedCount, JSON.stringify(shown)).toBe(0)
    const done = await commit(admin, shown)
    expect(done.status).toBe('completed')
    expect(done.progress.created).toBe(0)
    // Nothing differed, so no record changed and no history was written.
    expect(await count()).toBe(before)

    // Edited, the same file changes that one record, and an id Rapport
    // never gave is refused.
    const text = res.rawPayload.toString('utf8')
    const lines = text.split('\r\n')
    const [id] = lines[1].split(',')
    lines[1] = lines[1].replace(/Hooli deal \d/, 'Hooli deal renamed')
    lines[2] = `01900000-0000-7000-8000-00000000beef${lines[2].slice(36)}`
    const edited = await upload(
      admin,
      'opportunity',
      lines.join('\r\n'),
      'edited.csv',
    )
    const again = await preview(admin, edited.id, {
      columns: suggested(edited),
      mode: 'upsert',
      key: 'id',
    })
    expect(again.rejectedCount).toBe(1)
    const [, missing] = await rows(admin, edited.id)
    expect(missing.reason).toBe('No opportunity has this Rapport ID')
    const applied = await commit(admin, again)
    expect(applied.status).toBe('completed')
    // Six rows go through as updates; only the renamed one changes.
    expect(await count()).toBe(before + 1)
    const renamed = await admin.get(`/api/v1/opportunities/${id}`)
    expect(renamed.json().data.name).toBe('Hooli deal renamed')
  })
})
