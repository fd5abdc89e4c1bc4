import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createRegion,
  createTeam,
  createUser,
  placeUser,
} from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// A small sales organisation: two regions, a team in each, a manager over
// two reps in the north, a third rep in the south, and people with other
// jobs. Each signs in with the role their job gives them.
let t: TestApp
let admin: Browser
const people: Record<string, { id: string; browser: Browser }> = {}
const deals: Record<string, string> = {}

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
  people[name] = { id: user.id, browser: await t.signIn(user.email) }
  return user.id
}

async function visible(name: string, path = '/api/v1/opportunities') {
  const res = await people[name].browser.get(`${path}?sort=name&limit=100`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data.map((r: { name: string }) => r.name)
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const db = t.database.db
  const tenant = t.workspace.tenantId
  const manager = await person('Mona', 'sales_manager')
  const regional = await person('Rhea', 'regional_manager')
  const north = await createRegion(db, tenant, {
    name: 'North',
    managerId: regional,
  })
  const south = await createRegion(db, tenant, { name: 'South' })
  const team = await createTeam(db, tenant, {
    name: 'North team',
    regionId: north,
    managerId: manager,
  })
  const southTeam = await createTeam(db, tenant, {
    name: 'South team',
    regionId: south,
  })
  for (const [name, teamId, managerId] of [
    ['Ann', team, manager],
    ['Bob', team, manager],
    ['Cat', southTeam, null],
  ] as const) {
    const id = await person(name, 'sales_rep')
    await placeUser(db, tenant, id, { teamId, managerId })
  }
  await placeUser(db, tenant, manager, { teamId: team })
  await person('Fay', 'finance')
  await person('Pat', 'partner')
  for (const owner of ['Ann', 'Bob', 'Cat', 'Pat']) {
    const res = await admin.request('POST', '/api/v1/opportunities', {
      name: `${owner} deal`,
      owner_id: people[owner].id,
      amount: '1000.00',
    })
    expect(res.statusCode, res.body).toBe(201)
    deals[owner] = res.json().data.id
  }
})
afterAll(() => t.close())

describe('scopes', () => {
  it('give a rep their own records and nobody else’s', async () => {
    expect(await visible('Ann')).toEqual(['Ann deal'])
    const other = await people.Ann.browser.get(
      `/api/v1/opportunities/${deals.Bob}`,
    )
    expect(other.statusCode).toBe(404)
    const own = await people.Ann.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { amount: '1200.00' },
    )
    expect(own.statusCode, own.body).toBe(200)
    const forBob = await people.Ann.browser.request(
      'POST',
      '/api/v1/opportunities',
      {
        name: 'For Bob',
        owner_id: people.Bob.id,
      },
    )
    expect(forBob.statusCode).toBe(403)
    const handOver = await people.Ann.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { owner_id: people.Cat.id },
    )
    expect(handOver.statusCode).toBe(403)
  })

  it('give a manager everyone below them, and a regional manager the region', async () => {
    expect(await visible('Mona')).toEqual(['Ann deal', 'Bob deal'])
    expect(await visible('Rhea')).toEqual(['Ann deal', 'Bob deal'])
  })

  it('let finance see everything and change deals, but not accounts', async () => {
    expect(await visible('Fay')).toEqual([
      'Ann deal',
      'Bob deal',
      'Cat deal',
      'Pat deal',
    ])
    const deal = await people.Fay.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Cat}`,
      { amount: '900.00' },
    )
    expect(deal.statusCode, deal.body).toBe(200)
    const account = await people.Fay.browser.request(
      'POST',
      '/api/v1/accounts',
      {
        name: 'Nope',
      },
    )
    expect(account.statusCode).toBe(403)
  })

  it('keep a partner to reading what they own', async () => {
    expect(await visible('Pat')).toEqual(['Pat deal'])
    const change = await people.Pat.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Pat}`,
      { amount: '1.00' },
    )
    expect(change.statusCode).toBe(403)
  })

  it('hold board totals, search and embedded records to the same reach', async () => {
    const pipelines = (await people.Ann.browser.get('/api/v1/pipelines')).json()
      .data
    const board = await people.Ann.browser.get(
      `/api/v1/pipelines/${pipelines[0].id}/board`,
    )
    const count = board
      .json()
      .data.reduce((n: number, s: { count: number }) => n + s.count, 0)
    expect(count).toBe(1)
    const found = await people.Ann.browser.get('/api/v1/opportunities?q=deal')
    expect(found.json().data.map((r: { name: string }) => r.name)).toEqual([
      'Ann deal',
    ])
    const account = await admin.request('POST', '/api/v1/accounts', {
      name: 'Hidden account',
      owner_id: people.Cat.id,
    })
    await people.Ann.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      {
        account_id: account.json().data.id,
      },
    )
    const got = await people.Ann.browser.get(
      `/api/v1/opportunities/${deals.Ann}?include=account`,
    )
    expect(got.json().data.account).toBe(null)
  })

  it('let guard rules narrow what roles allow, and nobody widen them', async () => {
    const rule = await admin.request('POST', '/api/v1/guard-rules', {
      recordType: 'opportunity',
      name: 'Closed-won amounts are finance’s',
      when: { field: 'forecast_category', op: 'eq', value: 'closed' },
      action: 'edit',
      fields: ['amount'],
      exceptRoles: ['finance'],
    })
    expect(rule.statusCode, rule.body).toBe(201)
    const pipelines = (await admin.get('/api/v1/pipelines')).json().data
    const won = pipelines[0].stages.find(
      (s: { outcome: string }) => s.outcome === 'won',
    )
    const moved = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      {
        stage_id: won.id,
      },
    )
    expect(moved.json().data.forecast_category).toBe('closed')
    const amount = await people.Ann.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { amount: '5.00' },
    )
    expect(amount.statusCode).toBe(403)
    expect(amount.json().detail).toContain('Closed-won amounts')
    const rename = await people.Ann.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { name: 'Ann deal', description: 'Signed' },
    )
    expect(rename.statusCode, rename.body).toBe(200)
    const finance = await people.Fay.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { amount: '5.00' },
    )
    expect(finance.statusCode, finance.body).toBe(200)
    // Winning a deal and changing its amount at once is changing a won
    // deal's amount: refused, and nothing of it is written.
    const both = await people.Bob.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Bob}`,
      { stage_id: won.id, amount: '99999.00' },
    )
    expect(both.statusCode, both.body).toBe(403)
    const bob = (await admin.get(`/api/v1/opportunities/${deals.Bob}`)).json()
    expect(bob.data.stage_id).not.toBe(won.id)
    const winOnly = await people.Bob.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Bob}`,
      { stage_id: won.id },
    )
    expect(winOnly.statusCode, winOnly.body).toBe(200)
    const why = await admin.get(
      `/api/v1/opportunities/${deals.Ann}/access?user=${people.Ann.id}`,
    )
    expect(why.json().data.actions.edit.guards[0]).toMatchObject({
      name: 'Closed-won amounts are finance’s',
      fields: ['amount'],
    })
    const nosy = await admin.request('POST', '/api/v1/guard-rules', {
      recordType: 'opportunity',
      name: 'Bad',
      when: { field: 'nope', op: 'eq', value: 1 },
      action: 'edit',
    })
    expect(nosy.statusCode).toBe(422)
  })

  it('let only a role that assigns hand a record to another owner', async () => {
    const patch = (who: string, id: string, body: object) =>
      people[who].browser.request('PATCH', `/api/v1/opportunities/${id}`, body)
    // Mona reaches both her reports: she may move Ann's deal to Bob and back.
    const toBob = await patch('Mona', deals.Ann, { owner_id: people.Bob.id })
    expect(toBob.statusCode, toBob.body).toBe(200)
    const back = await patch('Mona', deals.Ann, { owner_id: people.Ann.id })
    expect(back.statusCode, back.body).toBe(200)
    const toCat = await patch('Mona', deals.Ann, { owner_id: people.Cat.id })
    expect(toCat.statusCode).toBe(403)
    // Finance edits every deal but assigns none: amounts yes, owners no.
    const amount = await patch('Fay', deals.Bob, { amount: '1300.00' })
    expect(amount.statusCode, amount.body).toBe(200)
    const owner = await patch('Fay', deals.Bob, { owner_id: people.Cat.id })
    expect(owner.statusCode, owner.body).toBe(403)
    expect(owner.json().detail).toBe('You may not assign this opportunity')
    const created = await people.Fay.browser.request(
      'POST',
      '/api/v1/products',
      { name: 'Ownerless kit', list_price: '10.00' },
    )
    expect(created.statusCode, created.body).toBe(201)
    const stored = await admin.get(`/api/v1/opportunities/${deals.Bob}`)
    expect(stored.json().data.owner_id).toBe(people.Bob.id)
  })

  it('tell the app what each user may do, so it offers only that', async () => {
    const session = async (who: Browser) =>
      (await who.get('/api/v1/auth/session')).json()
    expect((await session(admin)).abilities).toEqual([
      'manage_users',
      'manage_settings',
    ])
    expect((await session(people.Ann.browser)).abilities).toEqual([])
    const actions = async (who: string) => {
      const res = await people[who].browser.get('/api/v1/meta/record-types')
      const types: { name: string; actions: string[] }[] = res.json().data
      return Object.fromEntries(types.map((type) => [type.name, type.actions]))
    }
    const pat = await actions('Pat')
    expect(pat.opportunity).toEqual(['view'])
    const fay = await actions('Fay')
    expect(fay.opportunity).toEqual(['view', 'edit', 'view_audit', 'export'])
    expect(fay.lead).toEqual(['view', 'view_audit', 'export'])
    expect((await actions('Ann')).opportunity).toContain('assign')
  })

  it('explain why, including a denial', async () => {
    const res = await admin.get(
      `/api/v1/opportunities/${deals.Bob}/access?user=${people.Ann.id}`,
    )
    expect(res.statusCode, res.body).toBe(200)
    const { actions, roles } = res.json().data
    expect(roles.map((r: { key: string }) => r.key)).toEqual(['sales_rep'])
    expect(actions.view.allowed).toBe(false)
    expect(actions.view.because[0]).toMatchObject({
      role: 'Sales rep',
      scope: 'own',
      matches: false,
    })
    const mine = await people.Mona.browser.get(
      `/api/v1/opportunities/${deals.Bob}/access`,
    )
    expect(mine.json().data.actions.edit).toMatchObject({ allowed: true })
    const nosy = await people.Ann.browser.get(
      `/api/v1/opportunities/${deals.Ann}/access?user=${people.Bob.id}`,
    )
    expect(nosy.statusCode).toBe(403)
  })
})
