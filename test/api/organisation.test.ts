import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// Administrators shape the sales organisation through the API: regions,
// teams in them, and each user's team, manager and access. Who reaches
// whose records follows at once.
let t: TestApp
let admin: Browser
let adminId: string

async function scalar(query: string) {
  const { rows } = await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
    sql<{ n: number }>`${sql.raw(query)}`.execute(tx),
  )
  return Number(rows[0]?.n ?? 0)
}

const auditCount = () => scalar('SELECT count(*)::int AS n FROM audit_log')
const accessVersion = () =>
  scalar('SELECT coalesce(max(version), 0) AS n FROM access_version')

async function lastAudit(recordId: string) {
  const { rows } = await withTenant(t.database.db, t.workspace.tenantId, (tx) =>
    sql<{ record_type: string; action: string; changes: object }>`
      SELECT record_type, action, changes FROM audit_log
      WHERE record_id = ${recordId} ORDER BY at DESC, id DESC LIMIT 1`.execute(
      tx,
    ),
  )
  return rows[0]
}

async function post(path: string, body: object, as = admin) {
  const res = await as.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

async function patch(path: string, body: object, as = admin) {
  return as.request('PATCH', path, body)
}

async function roleId(key: string) {
  const roles = (await admin.get('/api/v1/roles')).json().data
  return roles.find((r: { key: string }) => r.key === key).id
}

async function giveRole(userId: string, key: string) {
  const res = await admin.request('PUT', `/api/v1/users/${userId}/roles`, {
    roleIds: [await roleId(key)],
  })
  expect(res.statusCode, res.body).toBe(200)
}

/** Expects a refusal with this status and, for 422, this field. */
async function refused(
  response: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status: number,
  field?: string,
) {
  const before = [await auditCount(), await accessVersion()]
  const res = await response
  expect(res.statusCode, res.body).toBe(status)
  if (field) {
    const problem = res.json() as { errors: { field: string }[] }
    expect(problem.errors.map((e) => e.field)).toEqual([field])
  }
  expect([await auditCount(), await accessVersion()]).toEqual(before)
  return res.json() as { detail: string }
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  adminId = (await admin.get('/api/v1/auth/session')).json().user.id
})
afterAll(() => t.close())

describe('regions and teams', () => {
  it('are added, renamed and given a manager and region by an administrator', async () => {
    const version = await accessVersion()
    const boss = await createUser(t.database.db, t.workspace.tenantId)
    const region = await post('/api/v1/regions', { name: 'Nordics' })
    expect(region).toMatchObject({ name: 'Nordics', team_count: 0 })
    const team = await post('/api/v1/teams', {
      name: 'Field sales',
      region_id: region.id,
      manager_id: boss.id,
    })
    expect(team).toMatchObject({ region_id: region.id, member_count: 0 })

    const renamed = await patch(`/api/v1/regions/${region.id}`, {
      name: 'Nordic countries',
      manager_id: boss.id,
    })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(await lastAudit(region.id)).toEqual({
      record_type: 'region',
      action: 'update',
      changes: {
        name: { from: 'Nordics', to: 'Nordic countries' },
        manager_id: { from: null, to: boss.id },
      },
    })
    expect(await accessVersion()).toBeGreaterThanOrEqual(version + 3)

    const regions = (await admin.get('/api/v1/regions')).json().data
    expect(regions).toContainEqual({
      id: region.id,
      name: 'Nordic countries',
      manager_id: boss.id,
      team_count: 1,
    })
    const teams = (await admin.get('/api/v1/teams')).json().data
    expect(teams.map((x: { name: string }) => x.name)).toContain('Field sales')
  })

  it('are listed to every signed-in user and changed only by an administrator', async () => {
    const member = await createUser(t.database.db, t.workspace.tenantId)
    const browser = await t.signIn(member.email)
    expect((await browser.get('/api/v1/teams')).statusCode).toBe(200)
    expect((await browser.get('/api/v1/regions')).statusCode).toBe(200)
    const problem = await refused(
      browser.request('POST', '/api/v1/regions', { name: 'Mine' }),
      403,
    )
    expect(problem.detail).toMatch(/administrator/)
    expect((await admin.get('/api/v1/regions')).json().data).not.toContainEqual(
      expect.objectContaining({ name: 'Mine' }),
    )
  })

  it('refuse a region, manager or name that does not fit, writing nothing', async () => {
    const gone = await post('/api/v1/regions', { name: 'Atlantis' })
    await admin.request('DELETE', `/api/v1/regions/${gone.id}`)
    await refused(
      admin.request('POST', '/api/v1/teams', {
        name: 'Divers',
        region_id: gone.id,
      }),
      422,
      'region_id',
    )
    await refused(
      admin.request('POST', '/api/v1/teams', {
        name: 'Ghosts',
        manager_id: '0190d6f0-0000-7000-8000-000000000000',
      }),
      422,
      'manager_id',
    )
    await refused(
      admin.request('POST', '/api/v1/teams', { name: 'field SALES' }),
      409,
      'name',
    )
  })

  it('keep a region while it has teams and a team while it has members', async () => {
    const region = await post('/api/v1/regions', { name: 'Iberia' })
    const team = await post('/api/v1/teams', {
      name: 'Madrid',
      region_id: region.id,
    })
    const rep = await createUser(t.database.db, t.workspace.tenantId)
    await patch(`/api/v1/users/${rep.id}`, { team_id: team.id })

    const keptRegion = await refused(
      admin.request('DELETE', `/api/v1/regions/${region.id}`),
      409,
    )
    expect(keptRegion.detail).toBe(
      '1 team still belongs to Iberia; move them to another region first',
    )
    const keptTeam = await refused(
      admin.request('DELETE', `/api/v1/teams/${team.id}`),
      409,
    )
    expect(keptTeam.detail).toBe(
      '1 user is a member of Madrid; move them to another team first',
    )

    await patch(`/api/v1/users/${rep.id}`, { team_id: null })
    const teamGone = await admin.request('DELETE', `/api/v1/teams/${team.id}`)
    expect(teamGone.statusCode, teamGone.body).toBe(204)
    const regionGone = await admin.request(
      'DELETE',
      `/api/v1/regions/${region.id}`,
    )
    expect(regionGone.statusCode, regionGone.body).toBe(204)
    expect(await lastAudit(region.id)).toMatchObject({
      action: 'delete',
      changes: { name: { from: 'Iberia', to: null } },
    })
    const names = (await admin.get('/api/v1/teams')).json().data
    expect(names.map((x: { name: string }) => x.name)).not.toContain('Madrid')
  })
})

describe('a user', () => {
  it('is given a title, team and manager, each change audited from and to', async () => {
    const db = t.database.db
    const boss = await createUser(db, t.workspace.tenantId, { name: 'Bea' })
    const rep = await createUser(db, t.workspace.tenantId, { name: 'Raj' })
    const team = await post('/api/v1/teams', { name: 'Inside sales' })
    const version = await accessVersion()
    const res = await patch(`/api/v1/users/${rep.id}`, {
      title: 'Account Executive',
      team_id: team.id,
      manager_id: boss.id,
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data).toMatchObject({
      title: 'Account Executive',
      team_id: team.id,
      manager_id: boss.id,
      role: 'member',
      status: 'active',
    })
    expect(await lastAudit(rep.id)).toEqual({
      record_type: 'user',
      action: 'update',
      changes: {
        title: { from: null, to: 'Account Executive' },
        team_id: { from: null, to: team.id },
        manager_id: { from: null, to: boss.id },
      },
    })
    expect(await accessVersion()).toBeGreaterThan(version)

    const before = await auditCount()
    const same = await patch(`/api/v1/users/${rep.id}`, { team_id: team.id })
    expect(same.statusCode).toBe(200)
    expect(await auditCount()).toBe(before)
  })

  it('cannot be managed by themself or by anyone who reports to them', async () => {
    const db = t.database.db
    const [ann, bob, cat] = await Promise.all(
      ['Ann', 'Bob', 'Cat'].map((name) =>
        createUser(db, t.workspace.tenantId, { name }),
      ),
    )
    await patch(`/api/v1/users/${bob.id}`, { manager_id: ann.id })
    await patch(`/api/v1/users/${cat.id}`, { manager_id: bob.id })

    const loop = await refused(
      patch(`/api/v1/users/${ann.id}`, { manager_id: cat.id }),
      422,
      'manager_id',
    )
    expect(loop.detail).toBe(
      'Cat reports to Ann; choose someone above or beside them',
    )
    await refused(
      patch(`/api/v1/users/${ann.id}`, { manager_id: ann.id }),
      422,
      'manager_id',
    )
    await refused(
      patch(`/api/v1/users/${ann.id}`, { team_id: adminId }),
      422,
      'team_id',
    )
  })

  it('who is an administrator cannot demote or disable themself', async () => {
    const demote = await refused(
      patch(`/api/v1/users/${adminId}`, { role: 'member', title: 'Boss' }),
      422,
      'role',
    )
    expect(demote.detail).toBe('You cannot demote yourself')
    await refused(
      patch(`/api/v1/users/${adminId}`, { status: 'disabled' }),
      422,
      'status',
    )
    const me = (await admin.get('/api/v1/users')).json().data
    expect(me.find((u: { id: string }) => u.id === adminId)).toMatchObject({
      role: 'admin',
      status: 'active',
      title: null,
    })
  })

  it('is changed only by an administrator', async () => {
    const member = await createUser(t.database.db, t.workspace.tenantId)
    const browser = await t.signIn(member.email)
    await refused(
      patch(`/api/v1/users/${member.id}`, { role: 'admin' }, browser),
      403,
    )
  })

  it('who is disabled is signed out at once, and may sign in again once enabled', async () => {
    const dan = await createUser(t.database.db, t.workspace.tenantId)
    const browser = await t.signIn(dan.email)
    const off = await patch(`/api/v1/users/${dan.id}`, { status: 'disabled' })
    expect(off.statusCode, off.body).toBe(200)
    expect((await browser.get('/api/v1/auth/session')).statusCode).toBe(401)
    await expect(t.signIn(dan.email)).rejects.toThrow(/401/)

    await patch(`/api/v1/users/${dan.id}`, { status: 'active' })
    const again = await t.signIn(dan.email)
    expect((await again.get('/api/v1/auth/session')).statusCode).toBe(200)
  })
})

describe('reach', () => {
  it('follows a user to another team, or under another manager, on the next request', async () => {
    const db = t.database.db
    const tenant = t.workspace.tenantId
    const lead = await createUser(db, tenant, { name: 'Lena' })
    const mona = await createUser(db, tenant, { name: 'Mona' })
    const rep = await createUser(db, tenant, { name: 'Rob' })
    const north = await post('/api/v1/teams', { name: 'North' })
    const south = await post('/api/v1/teams', { name: 'South' })
    await post('/api/v1/roles', {
      key: 'team_lead',
      name: 'Team lead',
      grants: [{ recordType: '*', action: 'view', scope: 'team' }],
    })
    await giveRole(lead.id, 'team_lead')
    await giveRole(mona.id, 'sales_manager')
    await patch(`/api/v1/users/${lead.id}`, { team_id: north.id })
    await patch(`/api/v1/users/${rep.id}`, { team_id: south.id })
    const deal = await post('/api/v1/opportunities', {
      name: 'Rob deal',
      owner_id: rep.id,
    })
    const leadBrowser = await t.signIn(lead.email)
    const monaBrowser = await t.signIn(mona.email)
    const sees = async (browser: Browser) => {
      const res = await browser.get('/api/v1/opportunities?limit=100')
      expect(res.statusCode, res.body).toBe(200)
      return res.json().data.map((d: { id: string }) => d.id)
    }
    expect(await sees(leadBrowser)).not.toContain(deal.id)
    expect(await sees(monaBrowser)).not.toContain(deal.id)

    await patch(`/api/v1/users/${rep.id}`, { team_id: north.id })
    expect(await sees(leadBrowser)).toContain(deal.id)
    await patch(`/api/v1/users/${rep.id}`, { manager_id: mona.id })
    expect(await sees(monaBrowser)).toContain(deal.id)

    await patch(`/api/v1/users/${rep.id}`, {
      team_id: south.id,
      manager_id: null,
    })
    expect(await sees(leadBrowser)).not.toContain(deal.id)
    expect(await sees(monaBrowser)).not.toContain(deal.id)
  })
})
