import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJobs } from '../../src/server/modules/record-imports/import-jobs.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import { commit, preview, rows, suggested, upload } from './import-support.js'

let t: TestApp
let admin: Browser

async function workbook(lines: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Accounts')
  for (const line of lines) sheet.addRow(line)
  book.addWorksheet('Notes').addRow(['not imported'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

beforeAll(async () => {
  t = await startTestApp({ jobs: importJobs })
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t.close())

describe('importing an Excel workbook', () => {
  it('reads its first sheet as a CSV file would read: text, numbers, dates, rich text, formulas', async () => {
    const file = await workbook([
      ['Name', 'Employees', 'Year established', 'Website', 'Annual revenue'],
      ['Initrode', 120, 1999, 'https://initrode.test', 2_500_000.5],
      [
        { richText: [{ text: 'Vande' }, { text: 'lay' }] },
        { formula: '20*3', result: 60 },
        null,
        { text: 'vandelay.test', hyperlink: 'https://vandelay.test' },
        null,
      ],
      [],
      ['Kramerica', 'many', null, null, null],
    ])
    const view = await upload(admin, 'account', file, 'accounts.xlsx')
    expect(view).toMatchObject({ encoding: 'xlsx', rowCount: 3 })
    expect(view.headers).toEqual([
      'Name',
      'Employees',
      'Year established',
      'Website',
      'Annual revenue',
    ])
    const columns = suggested(view)
    expect(columns).toMatchObject({ Name: 'name', Employees: 'employees' })
    const shown = await preview(admin, view.id, { columns })
    const [initrode, vandelay, kramerica] = await rows(admin, view.id)
    expect(initrode).toMatchObject({
      line: 2,
      status: 'ready',
      values: {
        name: 'Initrode',
        employees: 120,
        year_established: 1999,
        annual_revenue: '2500000.50',
      },
    })
    expect(vandelay).toMatchObject({
      line: 3,
      status: 'ready',
      values: { name: 'Vandelay', employees: 60, website: 'vandelay.test' },
    })
    // The empty row 4 is skipped; row 5 keeps its number.
    expect(kramerica).toMatchObject({ line: 5, status: 'rejected' })
    expect(kramerica.reason).toContain('Employees')
    const done = await commit(admin, shown)
    expect(done.progress.created).toBe(2)
    const listed = await admin.get('/api/v1/accounts?q=initrode')
    expect(listed.json().data[0].annual_revenue).toBe('2500000.50')
  })

  it('refuses a workbook that is not one', async () => {
    const broken = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('not really a zip'),
    ])
    const res = await admin.request(
      'POST',
      '/api/v1/imports?recordType=account&fileName=broken.xlsx',
      broken as unknown as object,
      {
        'content-type':
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    )
    expect(res.statusCode, res.body).toBe(422)
  })
})
