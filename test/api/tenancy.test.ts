import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTenant } from '../../src/server/modules/tenants/create-tenant.js'
import {
  withoutTenant,
  withTenant,
} from '../../src/server/platform/db/tenant-transaction.js'
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js'

let t: TestApp
let otherTenantId: string

const TENANT_TABLES = [
  'account',
  'contact',
  'account_contact',
  'lead',
  'product',
  'pipeline',
  'stage',
  'opportunity',
  'opportunity_product',
  'activity',
  'activity_link',
  'audit_log',
  'app_user',
  'team',
  'region',
  'session',
  'api_token',
]

beforeAll(async () => {
  t = await startTestApp()
  const other = await createTenant(t.database.db, {
    slug: 'globex',
    name: 'Globex',
    admin: { email: 'admin@globex.test', name: 'Gil', password: PASSWORD },
  })
  otherTenantId = other.tenantId
  const acme = await t.signIn('admin@acme.test')
  await acme.request('POST', '/api/v1/accounts', { name: 'Acme Corp' })
  const globex = await t.signIn('admin@globex.test', PASSWORD, 'globex')
  await globex.request('POST', '/api/v1/accounts', { name: 'Globex Corp' })
})
afterAll(() => t.close())

async function count(tenantId: string | undefined, table: string) {
  const query = (tx: Parameters<Parameters<typeof withoutTenant>[1]>[0]) =>
    sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(tx)
  const { rows } = tenantId
    ? await withTenant(t.database.db, tenantId, query)
    : await withoutTenant(t.database.db, query)
  return rows[0].n
}

describe('row-level security', () => {
  it('lets a query without the tenant setting see no rows at all', async () => {
    for (const table of TENANT_TABLES) {
      expect(await count(undefined, table), table).toBe(0)
    }
    // The rows are there: the owner role sees them.
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM account`.execute(t.database.db)
    expect(rows[0].n).toBe(2)
  })

  it('shows each tenant only its own rows', async () => {
    expect(await count(t.workspace.tenantId, 'account')).toBe(1)
    expect(await count(otherTenantId, 'account')).toBe(1)
    const { rows } = await withTenant(t.database.db, otherTenantId, (tx) =>
      sql<{ name: string }>`SELECT name FROM account`.execute(tx),
    )
    expect(rows.map((r) => r.name)).toEqual(['Globex Corp'])
  })

  it('refuses to write a row into another tenant', async () => {
    const write = withTenant(t.database.db, t.workspace.tenantId, (tx) =>
      sql`INSERT INTO account (tenant_id, id, name)
        VALUES (${otherTenantId}, gen_random_uuid(), 'Smuggled')`.execute(tx),
    )
    await expect(write).rejects.toThrow(/row-level security/)
  })

  it('keeps the audit log append-only for the application', async () => {
    const rewrite = withTenant(t.database.db, t.workspace.tenantId, (tx) =>
      sql`UPDATE audit_log SET reason_code = 'forged'`.execute(tx),
    )
    await expect(rewrite).rejects.toThrow(/permission denied/)
  })

  it("does not serve one tenant's record through another's session", async () => {
    const globex = await t.signIn('admin@globex.test', PASSWORD, 'globex')
    const acme = await t.signIn('admin@acme.test')
    const mine = (await acme.get('/api/v1/accounts')).json().data[0]
    const res = await globex.get(`/api/v1/accounts/${mine.id}`)
    expect(res.statusCode).toBe(404)
  })
})
