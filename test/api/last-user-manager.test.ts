import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// A workspace must always keep someone who may give roles: the change that
// would take the last such right away is refused and changes nothing.
let t: TestApp
let admin: Browser
let adminId: string
const roles: Record<string, string> = {}

const NOBODY =
  'This would leave nobody who may manage users; give another active user a role that manages users first'

async function abilities(who: Browser) {
  return (await who.get('/api/v1/auth/session')).json().abilities
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  adminId = (await admin.get('/api/v1/auth/session')).json().user.id
  for (const r of (await admin.get('/api/v1/roles')).json().data) {
    roles[r.key] = r.id
  }
})
afterAll(() => t.close())

describe('the last user who may manage users', () => {
  it('cannot give up the right while nobody else has it', async () => {
    const res = await admin.request('PUT', `/api/v1/users/${adminId}/roles`, {
      roleIds: [roles.member],
    })
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().detail).toBe(NOBODY)
    expect(await abilities(admin)).toContain('manage_users')
  })

  it('cannot empty the one role that gives it', async () => {
    const made = await admin.request('POST', '/api/v1/roles', {
      key: 'people_lead',
      name: 'People lead',
      abilities: ['manage_users', 'manage_settings'],
    })
    expect(made.statusCode, made.body).toBe(201)
    const lead = made.json().data.id
    const given = await admin.request('PUT', `/api/v1/users/${adminId}/roles`, {
      roleIds: [lead],
    })
    expect(given.statusCode, given.body).toBe(200)
    const emptied = await admin.request('PATCH', `/api/v1/roles/${lead}`, {
      abilities: ['manage_settings'],
    })
    expect(emptied.statusCode, emptied.body).toBe(409)
    expect(emptied.json().detail).toBe(NOBODY)
    expect(await abilities(admin)).toEqual(['manage_users', 'manage_settings'])
    // Retiring it leaves the admin no role of their own, so they work by
    // their workspace role's default, the Administrator: still allowed.
    const retired = await admin.request('DELETE', `/api/v1/roles/${lead}`)
    expect(retired.statusCode, retired.body).toBe(204)
    expect(await abilities(admin)).toEqual(['manage_users', 'manage_settings'])
  })

  it('may hand the right on, and then give it up', async () => {
    const bea = await createUser(t.database.db, t.workspace.tenantId, {
      name: 'Bea',
    })
    const named = await admin.request('PUT', `/api/v1/users/${bea.id}/roles`, {
      roleIds: [roles.administrator],
    })
    expect(named.statusCode, named.body).toBe(200)
    // Disabling Bea would leave the admin alone again, which is allowed.
    const off = await admin.request('PATCH', `/api/v1/users/${bea.id}`, {
      status: 'disabled',
    })
    expect(off.statusCode, off.body).toBe(200)
    const alone = await admin.request('PUT', `/api/v1/users/${adminId}/roles`, {
      roleIds: [roles.member],
    })
    expect(alone.statusCode).toBe(409)
    const on = await admin.request('PATCH', `/api/v1/users/${bea.id}`, {
      status: 'active',
    })
    expect(on.statusCode, on.body).toBe(200)
    const handed = await admin.request(
      'PUT',
      `/api/v1/users/${adminId}/roles`,
      { roleIds: [roles.member] },
    )
    expect(handed.statusCode, handed.body).toBe(200)
    expect(await abilities(admin)).toEqual([])
    const beaBrowser = await t.signIn(bea.email)
    const back = await beaBrowser.request(
      'PUT',
      `/api/v1/users/${bea.id}/roles`,
      { roleIds: [roles.member] },
    )
    expect(back.statusCode).toBe(409)
  })
})
