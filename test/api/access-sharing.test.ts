import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cachedRightsCount } from '../../src/server/modules/access/rights-cache.js'
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

// Two reps in one team of the north, a third in the south, and a partner:
// shares widen whose records they reach, never what their roles let them
// do; a guard on seeing narrows and no share widens it.
let t: TestApp
let admin: Browser
const people: Record<string, { id: string; browser: Browser }> = {}
const deals: Record<string, string> = {}
let northTeam: string

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

async function visible(name: string) {
  const res = await people[name].browser.get(
    '/api/v1/opportunities?sort=name&limit=100',
  )
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data.map((r: { name: string }) => r.name)
}

function share(owner: string, deal: string, body: object) {
  return people[owner].browser.request(
    'POST',
    `/api/v1/opportunities/${deals[deal]}/shares`,
    body,
  )
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const db = t.database.db
  const tenant = t.workspace.tenantId
  const regional = await person('Rhea', 'regional_manager')
  const north = await createRegion(db, tenant, {
    name: 'North',
    managerId: regional,
  })
  const south = await createRegion(db, tenant, { name: 'South' })
  northTeam = await createTeam(db, tenant, { name: 'North', regionId: north })
  const southTeam = await createTeam(db, tenant, {
    name: 'South',
    regionId: south,
  })
  for (const [name, team] of [
    ['Ann', northTeam],
    ['Bob', northTeam],
    ['Cat', southTeam],
  ] as const) {
    await placeUser(db, tenant, await person(name, 'sales_rep'), {
      teamId: team,
    })
  }
  await person('Pat', 'partner')
  for (const owner of ['Ann', 'Bob', 'Cat']) {
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

describe('sharing a record', () => {
  it('lets a user read it, and edit it only when shared for editing', async () => {
    expect(await visible('Cat')).toEqual(['Cat deal'])
    const res = await share('Ann', 'Ann', {
      userId: people.Cat.id,
      access: 'read',
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(await visible('Cat')).toEqual(['Ann deal', 'Cat deal'])
    const page = await people.Cat.browser.get(
      `/api/v1/opportunities/${deals.Ann}`,
    )
    expect(page.statusCode).toBe(200)
    const edit = () =>
      people.Cat.browser.request(
        'PATCH',
        `/api/v1/opportunities/${deals.Ann}`,
        {
          amount: '2000.00',
        },
      )
    expect((await edit()).statusCode).toBe(403)

    const again = await share('Ann', 'Ann', {
      userId: people.Cat.id,
      access: 'edit',
    })
    expect(again.statusCode, again.body).toBe(201)
    expect(again.json().data.id).toBe(res.json().data.id)
    expect((await edit()).statusCode).toBe(200)
    // A share received is not passed on, and deletes stay the owner's.
    const reshare = await share('Cat', 'Ann', {
      userId: people.Bob.id,
      access: 'read',
    })
    expect(reshare.statusCode).toBe(403)
    const del = await people.Cat.browser.request(
      'DELETE',
      `/api/v1/opportunities/${deals.Ann}`,
    )
    expect(del.statusCode).toBe(403)
  })

  it('with a team reaches its members only', async () => {
    const res = await share('Cat', 'Cat', { teamId: northTeam, access: 'read' })
    expect(res.statusCode, res.body).toBe(201)
    expect(await visible('Bob')).toEqual(['Bob deal', 'Cat deal'])
    expect(await visible('Pat')).toEqual([])
    const shares = await people.Cat.browser.get(
      `/api/v1/opportunities/${deals.Cat}/shares`,
    )
    expect(shares.json().data).toEqual([
      expect.objectContaining({
        team: { id: northTeam, name: 'North' },
        access: 'read',
      }),
    ])
    const end = await people.Cat.browser.request(
      'DELETE',
      `/api/v1/opportunities/${deals.Cat}/shares/${res.json().data.id}`,
    )
    expect(end.statusCode).toBe(204)
    expect(await visible('Bob')).toEqual(['Bob deal'])
  })

  it('never gives more than the roles allow, and ends when it expires', async () => {
    // A partner may read their own records only and edit none.
    const res = await share('Bob', 'Bob', {
      userId: people.Pat.id,
      access: 'edit',
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(await visible('Pat')).toEqual(['Bob deal'])
    const edit = await people.Pat.browser.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Bob}`,
      { amount: '1.00' },
    )
    expect(edit.statusCode).toBe(403)
    await sql`UPDATE record_share SET expires_at = now() - interval '1 second'
      WHERE tenant_id = ${t.workspace.tenantId} AND user_id = ${people.Pat.id}`.execute(
      t.database.db,
    )
    expect(await visible('Pat')).toEqual([])
    const direct = await people.Pat.browser.get(
      `/api/v1/opportunities/${deals.Bob}`,
    )
    expect(direct.statusCode).toBe(404)
  })

  it('is refused with a reason and writes nothing when it cannot be', async () => {
    const audit = async () =>
      (
        await admin.get(`/api/v1/opportunities/${deals.Bob}/audit?limit=100`)
      ).json().data.length
    const before = await audit()
    const cases: [object, string][] = [
      [{ access: 'read' }, 'userId'],
      [{ userId: people.Ann.id, teamId: northTeam, access: 'read' }, 'userId'],
      [
        {
          userId: people.Ann.id,
          access: 'read',
          expiresAt: '2001-01-01T00:00:00Z',
        },
        'expiresAt',
      ],
      [
        { userId: '00000000-0000-7000-8000-000000000000', access: 'read' },
        'userId',
      ],
    ]
    for (const [body, field] of cases) {
      const res = await share('Bob', 'Bob', body)
      expect(res.statusCode, res.body).toBe(422)
      expect(res.json().errors[0].field).toBe(field)
    }
    expect(await audit()).toBe(before)
  })

  it('is kept in the record’s history', async () => {
    const res = await admin.get(
      `/api/v1/opportunities/${deals.Ann}/audit?limit=100`,
    )
    const shared = res
      .json()
      .data.filter(
        (e: { reasonCode: string }) => e.reasonCode === 'record_shared',
      )
    expect(shared.map((e: { changes: object }) => e.changes)).toEqual([
      {
        shared_with: {
          from: { user: 'Cat', access: 'read' },
          to: { user: 'Cat', access: 'edit', expiresAt: null },
        },
      },
      {
        shared_with: {
          from: null,
          to: { user: 'Cat', access: 'read', expiresAt: null },
        },
      },
    ])
  })
})

describe('a guard on seeing', () => {
  it('keeps confidential deals to their owner’s region, over any share', async () => {
    const field = await admin.request('POST', '/api/v1/custom-fields', {
      recordType: 'opportunity',
      name: 'confidential',
      label: 'Confidential',
      type: 'boolean',
    })
    expect(field.statusCode, field.body).toBe(201)
    const guard = await admin.request('POST', '/api/v1/guard-rules', {
      recordType: 'opportunity',
      name: 'Confidential stays in the region',
      when: { field: 'confidential', op: 'eq', value: true },
      action: 'view',
      within: 'region',
      exceptRoles: ['administrator'],
    })
    expect(guard.statusCode, guard.body).toBe(201)
    await share('Ann', 'Ann', { userId: people.Cat.id, access: 'read' })
    expect(await visible('Cat')).toContain('Ann deal')
    const mark = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${deals.Ann}`,
      { confidential: true },
    )
    expect(mark.statusCode, mark.body).toBe(200)
    expect(await visible('Cat')).toEqual(['Cat deal'])
    expect(await visible('Ann')).toEqual(['Ann deal'])
    expect(await visible('Rhea')).toEqual(['Ann deal', 'Bob deal'])
    const direct = await people.Cat.browser.get(
      `/api/v1/opportunities/${deals.Ann}`,
    )
    expect(direct.statusCode).toBe(404)
    const why = await admin.get(
      `/api/v1/opportunities/${deals.Ann}/access?user=${people.Cat.id}`,
    )
    const view = why.json().data.actions.view
    expect(view.allowed).toBe(false)
    expect(view.guards[0].name).toBe('Confidential stays in the region')
    expect(view.because.at(-1).role).toBe('Shared')
  })

  it('refuses conditions it could not decide', async () => {
    const bad = [
      { field: 'nothing', op: 'eq', value: 1 },
      { field: 'name', op: 'gt', value: 'a' },
      { field: 'amount', op: 'eq', value: 'lots' },
      { field: 'amount', op: 'in', value: [] },
    ]
    for (const when of bad) {
      const res = await admin.request('POST', '/api/v1/guard-rules', {
        recordType: 'opportunity',
        name: 'Bad',
        when,
        action: 'view',
        within: 'own',
      })
      expect(res.statusCode, res.body).toBe(422)
    }
    const noWithin = await admin.request('POST', '/api/v1/guard-rules', {
      recordType: 'opportunity',
      name: 'No reach',
      when: { field: 'amount', op: 'gt', value: 5 },
      action: 'view',
    })
    expect(noWithin.statusCode).toBe(422)
    expect(noWithin.json().errors[0].field).toBe('within')
  })
})

describe('cached rights', () => {
  it('change on the next request after a role is given', async () => {
    expect(await visible('Bob')).toEqual(['Bob deal'])
    expect(cachedRightsCount()).toBeGreaterThan(0)
    const res = await admin.request(
      'PUT',
      `/api/v1/users/${people.Bob.id}/roles`,
      {
        roleIds: [await roleId('regional_manager')],
      },
    )
    expect(res.statusCode).toBe(200)
    // Bob's team is in the north: the region reaches Ann's deal, whose
    // confidential mark keeps it within the north.
    expect(await visible('Bob')).toEqual(['Ann deal', 'Bob deal'])
  })
})
