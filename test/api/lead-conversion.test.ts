import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, `${path} ${res.body}`).toBe(201)
  return res.json().data
}

async function count(plural: string) {
  const res = await admin.get(`/api/v1/${plural}?limit=200`)
  return res.json().data.length as number
}

async function subjects(plural: string, id: string) {
  const res = await admin.get(`/api/v1/${plural}/${id}/timeline`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data.map((a: { subject: string }) => a.subject)
}

const convert = (who: Browser, id: string, body: object = {}) =>
  who.request('POST', `/api/v1/leads/${id}/convert`, body)

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const recordType of ['lead', 'opportunity']) {
    await create('/api/v1/custom-fields', {
      recordType,
      name: 'budget',
      label: 'Budget',
      type: 'money',
    })
  }
})
afterAll(() => t.close())

describe('converting a lead', () => {
  it('joins the account it duplicates, opens a deal and keeps its activities', async () => {
    const globex = await create('/api/v1/accounts', { name: 'Globex Corp.' })
    const lead = await create('/api/v1/leads', {
      first_name: 'Lena',
      last_name: 'Lind',
      company: 'Globex Corporation',
      email: 'lena@globex.test',
      title: 'Head of IT',
      budget: '12000.00',
    })
    await create('/api/v1/activities', {
      type: 'call',
      subject: 'First call with Lena',
      occurred_at: '2026-11-02T10:00:00Z',
      links: [{ recordType: 'lead', recordId: lead.id }],
    })

    const preview = await admin.get(`/api/v1/leads/${lead.id}/conversion`)
    expect(preview.statusCode, preview.body).toBe(200)
    const plan = preview.json().data
    expect(plan.convertedAt).toBeNull()
    expect(plan.account).toMatchObject({
      action: 'link',
      record: { id: globex.id, title: 'Globex Corp.' },
    })
    expect(plan.account.candidates[0].reasons[0].text).toBe('same company name')
    expect(plan.contact).toMatchObject({
      action: 'create',
      values: { first_name: 'Lena', last_name: 'Lind', title: 'Head of IT' },
    })
    expect(plan.opportunity).toMatchObject({
      name: 'Globex Corporation',
      budget: '12000.00',
    })

    const res = await convert(admin, lead.id, {
      opportunity: { amount: '9500.00', close_date: '2027-01-31' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const { contact, account, opportunity, lead: after } = res.json().data
    expect(account.id).toBe(globex.id)
    expect(contact).toMatchObject({
      first_name: 'Lena',
      last_name: 'Lind',
      email: 'lena@globex.test',
    })
    expect(opportunity).toMatchObject({
      name: 'Globex Corporation',
      account_id: globex.id,
      amount: '9500.00',
      budget: '12000.00',
    })
    expect(after).toMatchObject({
      status: 'converted',
      converted_contact_id: contact.id,
      converted_account_id: globex.id,
      converted_opportunity_id: opportunity.id,
    })
    expect(after.converted_at).toEqual(expect.any(String))

    const links = await admin.get(
      `/api/v1/account-contacts?filter[contact_id]=${contact.id}`,
    )
    expect(links.json().data).toMatchObject([
      { account_id: globex.id, is_primary: false },
    ])
    for (const [plural, id] of [
      ['leads', lead.id],
      ['contacts', contact.id],
      ['accounts', globex.id],
      ['opportunities', opportunity.id],
    ]) {
      expect(await subjects(plural, id), plural).toEqual([
        'First call with Lena',
      ])
    }
    const history = await admin.get(`/api/v1/leads/${lead.id}/audit`)
    const entry = history.json().data[0]
    expect(entry.reasonCode).toBe('lead_converted')
    expect(entry.changes.status).toEqual({ from: 'new', to: 'converted' })

    // The contact's page finds the lead it came from.
    const from = await admin.get(
      `/api/v1/leads?filter[converted_contact_id]=${contact.id}`,
    )
    expect(from.statusCode, from.body).toBe(200)
    expect(from.json().data.map((l: { id: string }) => l.id)).toEqual([lead.id])

    const again = await convert(admin, lead.id)
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toBe('This lead is already converted')
  })

  it('starts an account for a new company, and uses a contact of the same email', async () => {
    const existing = await create('/api/v1/contacts', {
      first_name: 'Max',
      last_name: 'Moss',
      email: 'max@initech.test',
    })
    const lead = await create('/api/v1/leads', {
      first_name: 'Maximilian',
      last_name: 'Moss',
      company: 'Initech',
      website: 'https://www.initech.test/about',
      industry: 'Software',
      company_size: 80,
      email: 'MAX@initech.test',
    })
    const contacts = await count('contacts')
    const res = await convert(admin, lead.id)
    expect(res.statusCode, res.body).toBe(201)
    const { contact, account, opportunity, plan } = res.json().data
    expect(plan.contact.candidates[0].reasons[0].kind).toBe('email')
    expect(contact.id).toBe(existing.id)
    expect(await count('contacts')).toBe(contacts)
    expect(account).toMatchObject({
      name: 'Initech',
      website: 'https://www.initech.test/about',
      industry: 'Software',
      employees: 80,
    })
    expect(opportunity).toBeNull()
    const links = await admin.get(
      `/api/v1/account-contacts?filter[account_id]=${account.id}`,
    )
    expect(links.json().data).toMatchObject([
      { contact_id: existing.id, is_primary: true },
    ])
  })

  it('follows the choices given: a new contact, no account', async () => {
    const lead = await create('/api/v1/leads', {
      last_name: 'Solo',
      company: 'Globex Corporation',
    })
    const res = await convert(admin, lead.id, {
      account: { action: 'skip' },
      contact: { action: 'create' },
      opportunity: { name: 'Solo pilot' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const { contact, account, opportunity, lead: after } = res.json().data
    expect(account).toBeNull()
    expect(contact.last_name).toBe('Solo')
    expect(opportunity).toMatchObject({ name: 'Solo pilot', account_id: null })
    expect(after.converted_account_id).toBeNull()
  })

  it('writes nothing when any part is refused', async () => {
    const lead = await create('/api/v1/leads', {
      last_name: 'Broken',
      company: 'Umbrella Ltd',
    })
    const before = {
      accounts: await count('accounts'),
      contacts: await count('contacts'),
      opportunities: await count('opportunities'),
    }
    const bad = await convert(admin, lead.id, {
      opportunity: { amount: 'lots' },
    })
    expect(bad.statusCode, bad.body).toBe(422)
    expect(bad.json().errors[0].field).toBe('amount')
    const unknown = await convert(admin, lead.id, {
      account: { action: 'link', id: '01900000-0000-7000-8000-00000000beef' },
    })
    expect(unknown.statusCode).toBe(404)
    const noCompany = await create('/api/v1/leads', { last_name: 'Nobody' })
    const nothing = await convert(admin, noCompany.id, {
      account: { action: 'create' },
    })
    expect(nothing.statusCode).toBe(422)
    expect(nothing.json().errors[0].field).toBe('company')
    expect({
      accounts: await count('accounts'),
      contacts: await count('contacts'),
      opportunities: await count('opportunities'),
    }).toEqual(before)
    const stored = await admin.get(`/api/v1/leads/${lead.id}`)
    expect(stored.json().data).toMatchObject({
      status: 'new',
      converted_at: null,
    })
  })

  it('is for those who may change the lead', async () => {
    const roles = (await admin.get('/api/v1/roles')).json().data
    const partner = roles.find((r: { key: string }) => r.key === 'partner')
    const pat = await createUser(t.database.db, t.workspace.tenantId, {
      name: 'Pat',
    })
    await admin.request('PUT', `/api/v1/users/${pat.id}/roles`, {
      roleIds: [partner.id],
    })
    const lead = await create('/api/v1/leads', {
      last_name: 'Owned by Pat',
      owner_id: pat.id,
    })
    const browser = await t.signIn(pat.email)
    const res = await convert(browser, lead.id)
    expect(res.statusCode).toBe(403)
    const other = await create('/api/v1/leads', { last_name: 'Not Pat’s' })
    const hidden = await convert(browser, other.id)
    expect(hidden.statusCode).toBe(403)
    const preview = await browser.get(`/api/v1/leads/${lead.id}/conversion`)
    expect(preview.statusCode).toBe(403)
  })
})
