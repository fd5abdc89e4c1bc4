import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertRows } from '../../src/server/platform/db/batch-insert.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Duplicates are found by normalised keys (every email and phone of a
// record, website domains, company names) and by similar names, on every
// write path, and each reader is shown only the candidates and the
// reasons they may see.
let t: TestApp
let admin: Browser
let rep: Browser
let repId: string
const roles: Record<string, string> = {}

async function create(
  who: Browser,
  plural: string,
  body: Record<string, unknown>,
) {
  const res = await who.request('POST', `/api/v1/${plural}`, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data.id as string
}

interface Candidate {
  id: string
  title: string
  score: number
  reasons: { kind: string; field: string; text: string }[]
}

async function duplicates(who: Browser, plural: string, id: string) {
  const res = await who.get(`/api/v1/${plural}/${id}/duplicates`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data as Candidate[]
}

async function check(
  who: Browser,
  plural: string,
  values: Record<string, unknown>,
) {
  const res = await who.request('POST', `/api/v1/${plural}/duplicates/check`, {
    values,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data as Candidate[]
}

const texts = (c: Candidate | undefined) => c?.reasons.map((r) => r.text)
const find = (list: Candidate[], id: string) => list.find((c) => c.id === id)

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const r of (await admin.get('/api/v1/roles')).json().data) {
    roles[r.key] = r.id
  }
  const user = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Rita Rep',
  })
  repId = user.id
  const res = await admin.request('PUT', `/api/v1/users/${repId}/roles`, {
    roleIds: [roles.sales_rep],
  })
  expect(res.statusCode, res.body).toBe(200)
  rep = await t.signIn(user.email)
})
afterAll(() => t.close())

describe('contact duplicates', () => {
  let jose: string
  let twin: string

  beforeAll(async () => {
    jose = await create(admin, 'contacts', {
      first_name: 'José',
      last_name: 'García',
      email: 'Jose.Garcia+news@gmail.com',
      phone: '(415) 555-2671',
    })
    twin = await create(admin, 'contacts', {
      first_name: 'JOSE',
      last_name: 'Garcia',
      email: 'someone.else@acme.test',
      secondary_email: 'josegarcia@googlemail.com',
      mobile_phone: '+14155552671',
    })
  })

  it('match on any email and phone, plus-addressing, accents and case', async () => {
    const found = find(await duplicates(admin, 'contacts', jose), twin)
    expect(texts(found)).toEqual([
      'same email josegarcia@gmail.com',
      'same phone +14155552671',
      'same name',
    ])
    expect(found?.score).toBeGreaterThan(0.95)
    expect(found?.title).toBe('JOSE Garcia')
  })

  it('are found from either record of a pair', async () => {
    const found = find(await duplicates(admin, 'contacts', twin), jose)
    expect(found?.reasons.map((r) => r.field)).toEqual([
      'secondary_email',
      'mobile_phone',
      'first_name+last_name',
    ])
  })

  it('keep a plus tag where the domain gives it meaning', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'Plus',
      email: 'pat+crm@acme.test',
    })
    const found = await check(admin, 'contacts', { email: 'pat@acme.test' })
    expect(find(found, a)).toBeUndefined()
    const same = await check(admin, 'contacts', {
      email: ' PAT+CRM@Acme.Test ',
    })
    expect(texts(find(same, a))).toEqual(['same email pat+crm@acme.test'])
  })

  it('never match blank or whitespace values', async () => {
    // The API stores no blank email; an import or older data may.
    const tenantId = t.workspace.tenantId
    const [a, b] = [
      '0190a000-0000-7000-8000-0000000000b1',
      '0190a000-0000-7000-8000-0000000000b2',
    ]
    const columns = ['tenant_id', 'id', 'last_name', 'email', 'phone']
    await withTenant(t.database.db, tenantId, (tx) =>
      insertRows(
        tx,
        'contact',
        [...columns, 'mobile_phone'],
        [
          {
            tenant_id: tenantId,
            id: a,
            last_name: 'Blankfield',
            email: '   ',
            phone: '  ',
            mobile_phone: '',
          },
          {
            tenant_id: tenantId,
            id: b,
            last_name: 'Whitespace',
            email: '',
            phone: ' \t ',
            mobile_phone: '-',
          },
        ],
      ),
    )
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeUndefined()
    expect(
      await check(admin, 'contacts', { phone: '   ', email: ' ' }),
    ).toEqual([])
  })

  it('find similar names with a percentage', async () => {
    const a = await create(admin, 'contacts', {
      first_name: 'Jonathan',
      last_name: 'Smithson',
    })
    const found = await check(admin, 'contacts', {
      first_name: 'Jonathon',
      last_name: 'Smithson',
    })
    const reason = texts(find(found, a))?.[0] ?? ''
    expect(reason).toMatch(/^name \d\d% similar$/)
    const unrelated = await check(admin, 'contacts', {
      first_name: 'Priya',
      last_name: 'Raman',
    })
    expect(find(unrelated, a)).toBeUndefined()
  })

  it('follow a change: an edited email stops matching', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'Mover',
      email: 'mover@acme.test',
    })
    const b = await create(admin, 'contacts', {
      last_name: 'Other',
      email: 'mover@acme.test',
    })
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeDefined()
    const res = await admin.request('PATCH', `/api/v1/contacts/${b}`, {
      email: 'moved@acme.test',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeUndefined()
  })

  it('leave out deleted records', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'Keeper',
      email: 'gone@acme.test',
    })
    const b = await create(admin, 'contacts', {
      last_name: 'Gone',
      email: 'gone@acme.test',
    })
    await admin.request('DELETE', `/api/v1/contacts/${b}`)
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeUndefined()
  })

  it('exclude the record being edited from a check', async () => {
    const res = await admin.request(
      'POST',
      '/api/v1/contacts/duplicates/check',
      {
        values: { email: 'jose.garcia@gmail.com' },
        excludeId: jose,
      },
    )
    const ids = res.json().data.map((c: Candidate) => c.id)
    expect(ids).toContain(twin)
    expect(ids).not.toContain(jose)
  })
})

describe('phone numbers', () => {
  it('read national numbers in the workspace region', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'London',
      phone: '+44 20 7946 0958',
    })
    // Read as a US number it is not a possible number: no match.
    expect(
      find(await check(admin, 'contacts', { phone: '020 7946 0958' }), a),
    ).toBeUndefined()
    await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
      sql`UPDATE tenant SET phone_region = 'GB'
        WHERE id = ${t.workspace.tenantId}`.execute(tx),
    ).catch(async () => {
      await sql`UPDATE tenant SET phone_region = 'GB'
        WHERE id = ${t.workspace.tenantId}`.execute(t.database.db)
    })
    const found = await check(admin, 'contacts', { phone: '020 7946 0958' })
    expect(texts(find(found, a))).toEqual(['same phone +442079460958'])
    await sql`UPDATE tenant SET phone_region = NULL
      WHERE id = ${t.workspace.tenantId}`.execute(t.database.db)
  })

  it('keep E.164 numbers intact, known to a numbering plan or not', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'Nowhere',
      phone: '+999123456789',
    })
    const found = await check(admin, 'contacts', {
      mobile_phone: '+999123456789',
    })
    expect(texts(find(found, a))).toEqual(['same phone +999123456789'])
  })
})

describe('account and lead duplicates', () => {
  it('match company names without legal forms or accents, and domains', async () => {
    const a = await create(admin, 'accounts', {
      name: 'Müller GmbH',
      website: 'https://www.mueller-tools.de/impressum',
    })
    const b = await create(admin, 'accounts', {
      name: 'MULLER',
      domain: 'mueller-tools.de',
    })
    const found = find(await duplicates(admin, 'accounts', a), b)
    expect(texts(found)).toEqual([
      'same website domain mueller-tools.de',
      'same company name',
    ])
  })

  it('match a lead by person and company', async () => {
    const a = await create(admin, 'leads', {
      first_name: 'Ann',
      last_name: 'Lee',
      company: 'Initech, Inc.',
    })
    const found = await check(admin, 'leads', {
      first_name: 'ann',
      last_name: 'LEE',
      company: 'initech',
    })
    expect(texts(find(found, a))).toEqual(['same name', 'same company initech'])
  })

  it('refuse other record types', async () => {
    const res = await admin.request(
      'POST',
      '/api/v1/opportunities/duplicates/check',
      { values: {} },
    )
    expect(res.statusCode).toBe(404)
  })
})

describe('records written outside the record API', () => {
  it('are keyed too, e.g. by a bulk import', async () => {
    const tenantId = t.workspace.tenantId
    const ids = [
      '0190a000-0000-7000-8000-000000000001',
      '0190a000-0000-7000-8000-000000000002',
    ]
    await withTenant(t.database.db, tenantId, (tx) =>
      insertRows(
        tx,
        'contact',
        ['tenant_id', 'id', 'last_name', 'email'],
        [
          {
            tenant_id: tenantId,
            id: ids[0],
            last_name: 'Bulk',
            email: 'bulk@acme.test',
          },
          {
            tenant_id: tenantId,
            id: ids[1],
            last_name: 'Load',
            email: 'BULK@acme.test',
          },
        ],
      ),
    )
    const found = find(await duplicates(admin, 'contacts', ids[0]), ids[1])
    expect(texts(found)).toEqual(['same email bulk@acme.test'])
  })
})

describe('the review list', () => {
  it('pages pairs by keyset, most likely first', async () => {
    for (const n of [1, 2, 3]) {
      const email = `pair${n}@acme.test`
      await create(admin, 'contacts', { last_name: `Pair ${n}`, email })
      await create(admin, 'contacts', { last_name: `Other ${n}`, email })
    }
    const first = await admin.get('/api/v1/duplicates?type=contact&limit=2')
    expect(first.statusCode, first.body).toBe(200)
    const page = first.json()
    expect(page.data).toHaveLength(2)
    expect(page.data[0].score).toBeGreaterThanOrEqual(page.data[1].score)
    const seen = new Set<string>()
    let cursor = page.page.nextCursor
    for (const p of page.data) seen.add(`${p.record.id}:${p.other.id}`)
    while (cursor) {
      const next = (
        await admin.get(
          `/api/v1/duplicates?type=contact&limit=2&cursor=${cursor}`,
        )
      ).json()
      for (const p of next.data) {
        const key = `${p.record.id}:${p.other.id}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
      }
      cursor = next.page.nextCursor
    }
    expect(seen.size).toBeGreaterThanOrEqual(5)
  })

  it('remembers "not a duplicate" until it is taken back', async () => {
    const a = await create(admin, 'contacts', {
      last_name: 'Twin',
      email: 'twin@acme.test',
    })
    const b = await create(admin, 'contacts', {
      last_name: 'Twain',
      email: 'twin@acme.test',
    })
    const url = `/api/v1/contacts/${b}/duplicates/${a}/dismissal`
    expect((await admin.request('PUT', url)).statusCode).toBe(204)
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeUndefined()
    // A later change to either record does not bring the pair back.
    await admin.request('PATCH', `/api/v1/contacts/${a}`, { title: 'CEO' })
    await admin.request('PATCH', `/api/v1/contacts/${b}`, { phone: '555 0100' })
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeUndefined()
    const dismissed = (
      await admin.get('/api/v1/duplicates?type=contact&status=dismissed')
    ).json()
    expect(
      dismissed.data.map((p: { other: { id: string } }) => p.other.id),
    ).toContain([a, b].sort()[1])
    expect((await admin.request('DELETE', url)).statusCode).toBe(204)
    expect(find(await duplicates(admin, 'contacts', a), b)).toBeDefined()
  })
})

describe('access', () => {
  let mine: string
  let theirs: string

  beforeAll(async () => {
    mine = await create(rep, 'contacts', {
      first_name: 'Paula',
      last_name: 'Secret',
      email: 'paula@client.test',
      phone: '212 555 0199',
    })
    theirs = await create(admin, 'contacts', {
      first_name: 'Paula',
      last_name: 'Secret',
      email: 'paula@client.test',
      phone: '212 555 0199',
    })
  })

  it('a rep is not shown candidates they may not see', async () => {
    expect(
      find(await duplicates(admin, 'contacts', mine), theirs),
    ).toBeDefined()
    expect(
      find(await duplicates(rep, 'contacts', mine), theirs),
    ).toBeUndefined()
    expect(
      find(
        await check(rep, 'contacts', { email: 'paula@client.test' }),
        theirs,
      ),
    ).toBeUndefined()
    const pairs = (
      await rep.get('/api/v1/duplicates?type=contact&limit=100')
    ).json()
    const ids = pairs.data.flatMap(
      (p: { record: { id: string }; other: { id: string } }) => [
        p.record.id,
        p.other.id,
      ],
    )
    expect(ids).not.toContain(theirs)
  })

  it('a rep may not read the duplicates of a record they may not see', async () => {
    const res = await rep.get(`/api/v1/contacts/${theirs}/duplicates`)
    expect(res.statusCode).toBe(404)
  })

  it('a rep may not dismiss a pair with a record they may not see', async () => {
    const res = await rep.request(
      'PUT',
      `/api/v1/contacts/${mine}/duplicates/${theirs}/dismissal`,
    )
    expect(res.statusCode).toBe(404)
  })

  it('a hidden field neither shows in reasons nor counts', async () => {
    const other = await create(rep, 'contacts', {
      last_name: 'Unrelated',
      email: 'paula@client.test',
      phone: '(212) 555-0199',
    })
    expect(texts(find(await duplicates(rep, 'contacts', mine), other))).toEqual(
      ['same email paula@client.test', 'same phone +12125550199'],
    )
    const res = await admin.request('PUT', '/api/v1/field-rules', {
      roleId: roles.sales_rep,
      recordType: 'contact',
      field: 'email',
      access: 'hidden',
    })
    expect(res.statusCode, res.body).toBe(200)
    const found = find(await duplicates(rep, 'contacts', mine), other)
    expect(texts(found)).toEqual(['same phone +12125550199'])
    expect(JSON.stringify(found)).not.toContain('paula@client.test')
    // Probing a hidden field finds nothing.
    expect(
      await check(rep, 'contacts', { email: 'paula@client.test' }),
    ).toEqual([])
  })
})
