import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJobs } from '../../src/server/modules/record-imports/import-jobs.js'
import { createTenant } from '../../src/server/modules/tenants/create-tenant.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  PASSWORD,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import {
  commit,
  LOADER,
  preview,
  rows,
  SALESFORCE,
  suggested,
  upload,
  uploadFile,
} from './import-support.js'

let t: TestApp
let admin: Browser

beforeAll(async () => {
  t = await startTestApp({ jobs: importJobs })
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t?.close())

function query<T>(text: ReturnType<typeof sql<T>>) {
  return withTenant(t.database.db, t.workspace.tenantId, (tx) =>
    text.execute(tx),
  )
}

describe('importing a Salesforce account export', () => {
  it('suggests fields for its headers, previews every row and commits exactly that', async () => {
    const view = await uploadFile(
      admin,
      'account',
      join(SALESFORCE, 'Account.csv'),
    )
    expect(view).toMatchObject({
      status: 'uploaded',
      encoding: 'utf-8',
      delimiter: ',',
    })
    const columns = suggested(view)
    expect(columns).toMatchObject({
      Name: 'name',
      BillingCity: 'billing_city',
      BillingCountry: 'billing_country',
      BillingState: 'billing_state',
      AnnualRevenue: 'annual_revenue',
      NumberOfEmployees: 'employees',
      Phone: 'phone',
      Website: 'website',
      Industry: 'industry',
      Description: 'description',
    })
    expect(columns.Id).toBeUndefined()
    expect(columns.CreatedDate).toBeUndefined()

    const shown = await preview(admin, view.id, { columns })
    expect(shown.status).toBe('previewed')
    expect(shown.readyCount + shown.rejectedCount).toBe(view.rowCount)
    const planned = await rows(admin, view.id)
    expect(planned).toHaveLength(view.rowCount)
    const tampa = planned.find((r) => r.cells.includes('Testcorp'))
    expect(tampa).toMatchObject({
      status: 'ready',
      action: 'create',
      values: expect.objectContaining({
        name: 'Testcorp',
        billing_city: 'Tampa',
      }),
    })

    const done = await commit(admin, shown)
    expect(done.status).toBe('completed')
    expect(done.progress).toMatchObject({
      done: shown.readyCount,
      total: shown.readyCount,
      created: shown.readyCount,
      failed: 0,
    })
    const written = await rows(admin, view.id, '&status=committed')
    expect(written.map((r) => r.line)).toEqual(
      planned.filter((r) => r.status === 'ready').map((r) => r.line),
    )
    for (const r of written) {
      const res = await admin.get(`/api/v1/accounts/${r.recordId}`)
      expect(res.statusCode).toBe(200)
      const account = res.json().data
      for (const [field, value] of Object.entries(
        planned.find((p) => p.line === r.line)?.values ?? {},
      )) {
        expect(account[field], field).toEqual(value)
      }
    }
  })

  it('traces each created record to its import and line, with its audit entry', async () => {
    const view = await upload(
      admin,
      'account',
      'Name,Website\nTrace One,trace.example\nTrace Two,\n',
    )
    const done = await commit(
      admin,
      await preview(admin, view.id, { columns: suggested(view) }),
    )
    expect(done.progress.created).toBe(2)
    const { rows: links } = await query(sql<{
      line: number
      record_id: string
      reason_code: string
    }>`
      SELECT l.line, l.record_id, a.reason_code FROM import_record l
      JOIN audit_log a ON a.tenant_id = l.tenant_id AND a.record_id = l.record_id
      WHERE l.import_id = ${view.id} AND a.action = 'create' ORDER BY l.line`)
    expect(links.map((l) => [l.line, l.reason_code])).toEqual([
      [2, 'import'],
      [3, 'import'],
    ])
  })
})

describe('the preview', () => {
  it('reads decimal commas, day-first dates and yes/no in a semicolon file', async () => {
    for (const field of [
      {
        recordType: 'account',
        name: 'signed',
        label: 'Signed',
        type: 'boolean',
      },
      {
        recordType: 'account',
        name: 'renewal_on',
        label: 'Renewal',
        type: 'date',
      },
      {
        recordType: 'account',
        name: 'discount',
        label: 'Discount',
        type: 'decimal',
      },
    ]) {
      const res = await admin.request('POST', '/api/v1/custom-fields', field)
      expect(res.statusCode, res.body).toBe(201)
    }
    const file = [
      'Firma;Umsatz;Unterzeichnet;Verlängerung;Rabatt',
      'Müller GmbH;1.234.567,50;Ja;31.12.2027;12,5',
      'Schulz AG;99,99;no;1.2.2028;0,25',
      'Kaputt KG;zwölf;vielleicht;31.02.2027;1,234',
    ].join('\r\n')
    const view = await upload(admin, 'account', file)
    expect(view.delimiter).toBe(';')
    const columns = {
      Firma: 'name',
      Umsatz: 'annual_revenue',
      Unterzeichnet: 'signed',
      Verlängerung: 'renewal_on',
      Rabatt: 'discount',
    }
    await preview(admin, view.id, { columns, dateOrder: 'dmy' })
    const [muller, schulz, broken] = await rows(admin, view.id)
    expect(muller.values).toEqual({
      name: 'Müller GmbH',
      annual_revenue: '1234567.50',
      signed: true,
      renewal_on: '2027-12-31',
      discount: '12.5',
    })
    expect(schulz.values).toMatchObject({
      signed: false,
      renewal_on: '2028-02-01',
    })
    expect(broken.status).toBe('rejected')
    expect(broken.reason).toContain(
      'Annual revenue: Not a number like 1.234,56',
    )
    expect(broken.reason).toContain('Signed: Use true or false')
    expect(broken.reason).toContain('Renewal: There is no such date')
  })

  it('reports the record layer refusing a value, naming the field', async () => {
    const view = await upload(
      admin,
      'contact',
      'First,Last,Email\nAda,,ada@x.test\nBo,Bay,not-an-email\n',
    )
    await preview(admin, view.id, {
      columns: { First: 'first_name', Last: 'last_name', Email: 'email' },
    })
    const [noName, badEmail] = await rows(admin, view.id)
    expect(noName).toMatchObject({
      status: 'rejected',
      reason: 'Last name: Required',
    })
    expect(badEmail).toMatchObject({
      status: 'rejected',
      reason: 'Email: Not a valid email address',
    })
  })

  it('reports duplicates within the file on the key before commit', async () => {
    const file =
      'FirstName,LastName,Email\nAn,One,an@dup.test\nBo,Two,bo@dup.test\nAnn,Once,AN@dup.test \n'
    const view = await upload(admin, 'contact', file)
    const shown = await preview(admin, view.id, {
      columns: suggested(view),
      key: 'email',
    })
    expect(shown).toMatchObject({ readyCount: 2, rejectedCount: 1 })
    const third = (await rows(admin, view.id)).find((r) => r.line === 4)
    expect(third).toMatchObject({
      status: 'rejected',
      duplicateOf: 2,
      reason: 'Same Email as line 2',
    })
  })

  it('finds an opportunity account and stage by name', async () => {
    await admin.request('POST', '/api/v1/accounts', {
      name: 'Named Account Ltd',
    })
    const file =
      'Name,AccountId,StageName,Amount,CloseDate\nBig deal,named account ltd,Won,"1,250.50",2027-03-31\nLost deal,Nobody Inc,Won,10,2027-01-01\n'
    const view = await upload(admin, 'opportunity', file)
    expect(suggested(view)).toMatchObject({
      Name: 'name',
      AccountId: 'account_id',
      StageName: 'stage_id',
      Amount: 'amount',
      CloseDate: 'close_date',
    })
    await preview(admin, view.id, { columns: suggested(view) })
    const [big, lost] = await rows(admin, view.id)
    expect(big.status, big.reason ?? '').toBe('ready')
    expect(big.values).toMatchObject({
      amount: '1250.50',
      close_date: '2027-03-31',
      probability: 100,
    })
    expect(lost).toMatchObject({
      status: 'rejected',
      reason: 'Account: "Nobody Inc" matches no record',
    })
  })
})

describe('an upsert', () => {
  it('updates the record with the key and creates the rest', async () => {
    const made = await admin.request('POST', '/api/v1/contacts', {
      first_name: 'Tim',
      last_name: 'Old',
      email: 'tim@sandiastyles.com.example',
    })
    const id = made.json().data.id
    const view = await uploadFile(
      admin,
      'contact',
      join(SALESFORCE, 'Contact.csv'),
    )
    const columns = suggested(view)
    expect(columns).toMatchObject({
      FirstName: 'first_name',
      LastName: 'last_name',
      Email: 'email',
      MobilePhone: 'mobile_phone',
      MailingCity: 'mailing_city',
      Title: 'title',
    })
    const shown = await preview(admin, view.id, {
      columns,
      mode: 'upsert',
      key: 'email',
    })
    const planned = await rows(admin, view.id)
    const tim = planned.find((r) =>
      r.cells.includes('tim@sandiastyles.com.example'),
    )
    expect(tim).toMatchObject({
      action: 'update',
      recordId: id,
      values: { last_name: 'Anderson' },
    })
    const done = await commit(admin, shown)
    expect(done.progress.updated).toBe(1)
    expect(done.progress.created).toBe(shown.readyCount - 1)
    const after = (await admin.get(`/api/v1/contacts/${id}`)).json().data
    expect(after).toMatchObject({ first_name: 'Tim', last_name: 'Anderson' })
  })
})

describe('after a commit', () => {
  it('gives the rejected rows as CSV with line and reason', async () => {
    const view = await upload(
      admin,
      'contact',
      'Last,Email\nGood,good@x.test\n,nobody@x.test\nBad,"bad, email"\n',
    )
    await commit(
      admin,
      await preview(admin, view.id, {
        columns: { Last: 'last_name', Email: 'email' },
      }),
    )
    const res = await admin.get(`/api/v1/imports/${view.id}/rejected.csv`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    expect(res.body).toBe(
      'line,reason,Last,Email\n3,Last name: Required,,nobody@x.test\n4,Email: Not a valid email address,Bad,"bad, email"\n',
    )
  })

  it('undoes an import: what it created is deleted, with audit entries', async () => {
    const view = await upload(
      admin,
      'lead',
      'LastName,Company\nUndo One,A\nUndo Two,B\n',
    )
    await commit(
      admin,
      await preview(admin, view.id, { columns: suggested(view) }),
    )
    const created = (await rows(admin, view.id)).map((r) => r.recordId)
    const res = await admin.request('POST', `/api/v1/imports/${view.id}/undo`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data).toEqual({ deleted: 2, kept: 0 })
    for (const id of created) {
      const lead = (await admin.get(`/api/v1/leads/${id}`)).json().data
      expect(lead.deleted_at).not.toBeNull()
    }
    const again = await admin.request('POST', `/api/v1/imports/${view.id}/undo`)
    expect(again.statusCode).toBe(409)
  })

  it('refuses a commit of a preview that has changed since', async () => {
    const view = await upload(admin, 'lead', 'LastName\nRev\n')
    const first = await preview(admin, view.id, { columns: suggested(view) })
    await preview(admin, view.id, { columns: suggested(view) })
    const res = await admin.request(
      'POST',
      `/api/v1/imports/${view.id}/commit`,
      {
        revision: first.revision,
      },
    )
    expect(res.statusCode).toBe(409)
  })
})

describe('saved mappings', () => {
  it('are saved from a preview and reused by name for the next file', async () => {
    const first = await upload(admin, 'lead', 'Surname,Firm\nOne,A\n')
    await preview(admin, first.id, {
      columns: { Surname: 'last_name', Firm: 'company' },
      saveMappingAs: 'Trade fair leads',
    })
    const second = await upload(admin, 'lead', 'Surname,Firm\nTwo,B\n')
    const listed = (
      await admin.get('/api/v1/import-mappings?recordType=lead')
    ).json().data
    const saved = listed.find(
      (m: { name: string }) => m.name === 'Trade fair leads',
    )
    expect(saved.columns).toEqual({ Surname: 'last_name', Firm: 'company' })
    await preview(admin, second.id, { mappingId: saved.id })
    expect((await rows(admin, second.id))[0].values).toEqual({
      last_name: 'Two',
      company: 'B',
    })
  })
})

describe('who may import', () => {
  it('needs the right to create the record type, and sees only their own imports', async () => {
    const roles = (await admin.get('/api/v1/roles')).json().data
    const partner = roles.find((r: { key: string }) => r.key === 'partner').id
    const user = await createUser(t.database.db, t.workspace.tenantId)
    await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
      roleIds: [partner],
    })
    const member = await t.signIn(user.email)
    const res = await member.request(
      'POST',
      '/api/v1/imports?recordType=account',
      Buffer.from('Name\nX\n') as unknown as object,
      {
        'content-type': 'text/csv',
      },
    )
    expect(res.statusCode).toBe(403)

    const mine = await upload(admin, 'account', 'Name\nPrivate\n')
    const other = await createUser(t.database.db, t.workspace.tenantId)
    const peer = await t.signIn(other.email)
    expect((await peer.get(`/api/v1/imports/${mine.id}`)).statusCode).toBe(404)
  })
})

describe('who may import (a role)', () => {
  it('needs the import action besides create: a role with create alone may not', async () => {
    const grants = ['view', 'create'].map((action) => ({
      recordType: 'account',
      action,
      scope: 'all',
    }))
    const made = await admin.request('POST', '/api/v1/roles', {
      key: 'account_keeper',
      name: 'Account keeper',
      grants,
    })
    expect(made.statusCode, made.body).toBe(201)
    const user = await createUser(t.database.db, t.workspace.tenantId)
    await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
      roleIds: [made.json().data.id],
    })
    const keeper = await t.signIn(user.email)
    const file = Buffer.from('Name\nKept\n') as unknown as object
    const headers = { 'content-type': 'text/csv' }
    const url = '/api/v1/imports?recordType=account'
    const refused = await keeper.request('POST', url, file, headers)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().detail).toBe('You may not import Accounts')

    await admin.request('PATCH', `/api/v1/roles/${made.json().data.id}`, {
      grants: [
        ...grants,
        { recordType: 'account', action: 'import', scope: 'all' },
      ],
    })
    const allowed = await keeper.request('POST', url, file, headers)
    expect(allowed.statusCode, allowed.body).toBe(201)
  })

  it('keeps staged rows to their workspace: another tenant sees none', async () => {
    const view = await upload(admin, 'account', 'Name\nTenant bound\n')
    const other = await createTenant(t.database.db, {
      slug: 'globex',
      name: 'Globex',
      admin: { email: 'admin@globex.test', name: 'Gil', password: PASSWORD },
    })
    const seen = (tenantId: string) =>
      withTenant(t.database.db, tenantId, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM import_row
          WHERE import_id = ${view.id}`.execute(tx)
        return rows[0].n
      })
    expect(await seen(t.workspace.tenantId)).toBe(1)
    expect(await seen(other.tenantId)).toBe(0)
    const outsider = await t.signIn('admin@globex.test', PASSWORD, 'globex')
    expect((await outsider.get(`/api/v1/imports/${view.id}`)).statusCode).toBe(
      404,
    )
  })

  it('refuses a mapping that does not fit the file or the type at once', async () => {
    const view = await upload(admin, 'account', 'Name,City\nA,B\n')
    for (const body of [
      { columns: { Nope: 'name' } },
      { columns: { Name: 'no_such_field' } },
      { columns: { Name: 'name', City: 'name' } },
      { columns: { Name: 'name' }, mode: 'upsert' },
    ]) {
      const res = await admin.request(
        'POST',
        `/api/v1/imports/${view.id}/preview`,
        body,
      )
      expect(res.statusCode, JSON.stringify(body)).toBe(422)
    }
  })
})

describe('edge-case files', () => {
  it('imports the BOM variants as the same accounts', async () => {
    for (const name of [
      'csvtext.csv',
      'csvtext_BOM_UTF16LE.csv',
      'csvtext_BOM_UTF32BE.csv',
    ]) {
      const view = await uploadFile(admin, 'account', join(LOADER, name))
      await preview(admin, view.id, {
        columns: { column1: 'name', column2: 'industry' },
      })
      const planned = await rows(admin, view.id)
      expect(
        planned.map((r) => r.values),
        name,
      ).toEqual([
        { name: 'row1-1', industry: 'row1-2' },
        { name: 'row2-1', industry: 'row2-2' },
      ])
    }
  })
})

// What the preview said each row would be is what the commit wrote.
async function committedAsPreviewed(view: { id: string }, type: string) {
  const planned = await rows(admin, view.id)
  const shown = (await admin.get(`/api/v1/imports/${view.id}`)).json().data
  const done = await commit(admin, shown)
  expect(done.status).toBe('completed')
  const after = await rows(admin, view.id)
  for (const [i, row] of planned.entries()) {
    const now = after[i]
    if (row.status === 'rejected') {
      expect(now).toMatchObject({ status: 'rejected', reason: row.reason })
      continue
    }
    expect(now.status, now.reason ?? '').toBe('committed')
    const record = (await admin.get(`/api/v1/${type}/${now.recordId}`)).json()
    for (const [field, value] of Object.entries(row.values ?? {})) {
      expect(record.data[field], `line ${row.line} ${field}`).toEqual(value)
    }
  }
  return { planned, done }
}

describe('every file of the test data', () => {
  it('imports the Salesforce exports with the suggested columns as previewed', async () => {
    for (const [file, type, plural] of [
      ['Lead.csv', 'lead', 'leads'],
      ['Opportunity.csv', 'opportunity', 'opportunities'],
      ['Contact.csv', 'contact', 'contacts'],
    ]) {
      const view = await uploadFile(admin, type, join(SALESFORCE, file))
      // Salesforce ids name no record here; the rest is as suggested.
      const { AccountId, OwnerId, ...columns } = suggested(view)
      await preview(admin, view.id, { columns })
      const { planned } = await committedAsPreviewed(view, plural)
      expect(planned.length, file).toBe(view.rowCount)
    }
  })

  it('imports each edge-case file into accounts as previewed', async () => {
    const { readdir } = await import('node:fs/promises')
    for (const file of await readdir(LOADER)) {
      const view = await uploadFile(admin, 'account', join(LOADER, file))
      const columns = suggested(view)
      // A file without a name column gives its first column as the name.
      if (!Object.values(columns).includes('name')) {
        const first = view.headers.find((h) => !columns[h]) as string
        columns[first] = 'name'
      }
      await preview(admin, view.id, { columns })
      const { planned } = await committedAsPreviewed(view, 'accounts')
      expect(planned.length, file).toBe(view.rowCount)
    }
  })
})

describe('a custom object', () => {
  it('imports like a built-in type, its custom fields suggested by label', async () => {
    const define = async (url: string, body: object) => {
      const res = await admin.request('POST', url, body)
      expect(res.statusCode, res.body).toBe(201)
    }
    await define('/api/v1/custom-objects', {
      name: 'vehicle',
      label: 'Vehicle',
      labelPlural: 'Vehicles',
    })
    await define('/api/v1/custom-fields', {
      recordType: 'vehicle',
      name: 'seats',
      label: 'Seat count',
      type: 'integer',
    })
    const view = await upload(
      admin,
      'vehicle',
      'Name\tSeat count\nVan\t9\nBike\tmany\n',
    )
    expect(view.delimiter).toBe('\t')
    expect(suggested(view)).toEqual({ Name: 'name', 'Seat count': 'seats' })
    await preview(admin, view.id, { columns: suggested(view) })
    const { planned } = await committedAsPreviewed(view, 'vehicles')
    expect(planned.map((r) => r.status)).toEqual(['ready', 'rejected'])
    expect(planned[1].reason).toBe('Seat count: Not a number like 1,234.56')
  })
})
