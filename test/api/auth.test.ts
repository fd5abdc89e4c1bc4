import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

function attempt(email: string, password: string, workspace = 'acme') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { workspace, email, password },
  })
}

describe('sign-in', () => {
  it('sets an HttpOnly session cookie and answers who signed in', async () => {
    const res = await attempt('Admin@Acme.test', PASSWORD)
    expect(res.statusCode).toBe(200)
    const session = res.cookies.find((c) => c.name === 'rapport_session')
    expect(session?.httpOnly).toBe(true)
    expect(res.json()).toMatchObject({
      user: { email: 'admin@acme.test', role: 'admin' },
      tenant: { slug: 'acme' },
      abilities: ['manage_users', 'manage_settings'],
    })
    expect(res.json().csrfToken).toEqual(expect.any(String))
  })

  it('gives the same answer for a wrong password, user or workspace', async () => {
    const answers = await Promise.all([
      attempt('admin@acme.test', 'wrong password'),
      attempt('nobody@acme.test', PASSWORD),
      attempt('admin@acme.test', PASSWORD, 'no-such-workspace'),
    ])
    for (const res of answers) {
      expect(res.statusCode).toBe(401)
      expect(res.json().code).toBe('invalid_credentials')
      expect(res.cookies).toHaveLength(0)
    }
  })

  it('is rate limited per address and email', async () => {
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const codes: number[] = []
    for (let i = 0; i < 12; i += 1) {
      codes.push((await attempt(user.email, 'not the password')).statusCode)
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true)
    expect(codes.slice(10)).toEqual([429, 429])
    const blocked = await attempt(user.email, PASSWORD)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json().code).toBe('rate_limited')
  })

  it('ends with sign-out: the cookie no longer works', async () => {
    const browser = await t.signIn('admin@acme.test')
    expect((await browser.get('/api/v1/auth/session')).statusCode).toBe(200)
    const out = await browser.request('POST', '/api/v1/auth/sign-out')
    expect(out.statusCode).toBe(204)
    expect((await browser.get('/api/v1/auth/session')).statusCode).toBe(401)
  })
})

describe('CSRF protection', () => {
  it('refuses a change from a session without the token', async () => {
    const browser = await t.signIn('admin@acme.test')
    const res = await browser.request(
      'POST',
      '/api/v1/accounts',
      { name: 'Forged Ltd' },
      { 'x-csrf-token': 'forged' },
    )
    expect(res.statusCode).toBe(403)
    expect(res.json().code).toBe('csrf_invalid')
    const list = await browser.get('/api/v1/accounts?q=forged')
    expect(list.json().data).toHaveLength(0)
  })
})

describe('API tokens', () => {
  it('let a script work without cookies or CSRF, and are stored hashed', async () => {
    const browser = await t.signIn('admin@acme.test')
    const created = await browser.request('POST', '/api/v1/api-tokens', {
      name: 'nightly sync',
    })
    expect(created.statusCode).toBe(201)
    const { token } = created.json().data
    const headers = { authorization: `Bearer ${token}` }

    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { last_name: 'Lovelace', company: 'Analytical Engines' },
    })
    expect(write.statusCode).toBe(201)

    const rows = await t.database.db
      .selectFrom('api_token')
      .select('token_hash')
      .execute()
    expect(rows.length).toBe(1)
    expect(JSON.stringify(rows)).not.toContain(token.split('.')[1])
  })

  it('refuses an unknown token', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/accounts',
      headers: { authorization: `Bearer rpt_${t.workspace.tenantId}.nope` },
    })
    expect(res.statusCode).toBe(401)
  })
})

describe('user administration', () => {
  it('lets an admin set a password that activates an invited user', async () => {
    const admin = await t.signIn('admin@acme.test')
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const res = await admin.request(
      'POST',
      `/api/v1/users/${user.id}/password`,
      {
        password: 'a brand new password',
      },
    )
    expect(res.statusCode).toBe(200)
    const member = await t.signIn(user.email, 'a brand new password')
    const denied = await member.request(
      'POST',
      `/api/v1/users/${t.workspace.adminId}/password`,
      { password: 'take over the admin' },
    )
    expect(denied.statusCode).toBe(403)
  })

  it('refuses a short password', async () => {
    const admin = await t.signIn('admin@acme.test')
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const res = await admin.request(
      'POST',
      `/api/v1/users/${user.id}/password`,
      {
        password: 'short',
      },
    )
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].field).toBe('password')
  })
})

describe('hardening', () => {
  it('does not let X-Forwarded-For reset the sign-in limit', async () => {
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const codes: number[] = []
    for (let i = 0; i < 12; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'x-forwarded-for': `10.0.0.${i}` },
        payload: { workspace: 'acme', email: user.email, password: 'nope' },
      })
      codes.push(res.statusCode)
    }
    expect(codes.slice(10)).toEqual([429, 429])
  })

  it('refuses a CSRF token issued for another session', async () => {
    const one = await t.signIn('admin@acme.test')
    const other = await t.signIn('admin@acme.test')
    const res = await one.request(
      'POST',
      '/api/v1/accounts',
      { name: 'Crossed' },
      {
        'x-csrf-token': other.csrfToken,
        cookie: `rapport_session=${one.cookies.rapport_session}; _csrf=${other.cookies._csrf}`,
      },
    )
    expect(res.statusCode).toBe(403)
  })

  it('ends API tokens when an admin sets a new password', async () => {
    const boss = await createUser(t.database.db, t.workspace.tenantId, {
      role: 'admin',
    })
    const admin = await t.signIn(boss.email)
    const user = await createUser(t.database.db, t.workspace.tenantId)
    const member = await t.signIn(user.email)
    const { token } = (
      await member.request('POST', '/api/v1/api-tokens', { name: 'script' })
    ).json().data
    const auth = { authorization: `Bearer ${token}` }
    const before = await t.app.inject({
      url: '/api/v1/accounts',
      headers: auth,
    })
    expect(before.statusCode).toBe(200)
    await admin.request('POST', `/api/v1/users/${user.id}/password`, {
      password: 'another long password',
    })
    const after = await t.app.inject({ url: '/api/v1/accounts', headers: auth })
    expect(after.statusCode).toBe(401)
  })
})
