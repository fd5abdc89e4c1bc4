import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import {
  withoutTenant,
  withTenant,
} from '../../platform/db/tenant-transaction.js'
import { writeAudit } from '../audit/write-audit.js'
import { hashPassword } from '../auth/passwords.js'
import { listPipelines } from '../pipeline/pipelines.js'
import { createTenant, findTenantId } from '../tenants/create-tenant.js'
import { seedAccounts } from './demo-accounts.js'
import { seedActivities } from './demo-activities.js'
import { demoContext } from './demo-context.js'
import { seedDeals } from './demo-deals.js'
import { seedLeads } from './demo-leads.js'
import { seedPeople } from './demo-people.js'

export interface DemoSignIn {
  workspace: string
  email: string
  password: string
}

// Published in the README and printed at start: the demo is for trying
// Rapport on one's own machine, never for real data.
export const DEMO_SIGN_IN: DemoSignIn = {
  workspace: 'demo',
  email: 'admin@demo.example',
  password: 'rapport-demo',
}

/**
 * Creates the demo workspace on a database that has no workspace at all,
 * and answers how to sign in to it whenever it exists.
 */
export async function seedDemoWorkspace(
  db: Db,
): Promise<DemoSignIn | undefined> {
  if (await findTenantId(db, DEMO_SIGN_IN.workspace)) return DEMO_SIGN_IN
  if (await anyWorkspace(db)) return undefined

  const passwordHash = await hashPassword(DEMO_SIGN_IN.password)
  const tenant = await createTenant(db, {
    slug: DEMO_SIGN_IN.workspace,
    name: 'Demo Company',
    admin: {
      email: DEMO_SIGN_IN.email,
      name: 'Demo Admin',
      password: DEMO_SIGN_IN.password,
    },
  })
  await withTenant(db, tenant.tenantId, async (tx) => {
    const ctx = demoContext(tx, tenant.actor)
    const [pipeline] = await listPipelines(tx, tenant.actor)
    const { reps } = await seedPeople(ctx, tenant.adminId, passwordHash)
    const accounts = await seedAccounts(ctx, reps)
    await seedLeads(ctx, reps)
    const deals = await seedDeals(ctx, pipeline, accounts)
    await seedActivities(ctx, accounts, deals)
    await writeAudit(tx, tenant.actor, ctx.audit)
  })
  return DEMO_SIGN_IN
}

async function anyWorkspace(db: Db): Promise<boolean> {
  const { rows } = await withoutTenant(db, (tx) =>
    sql`SELECT 1 FROM tenant LIMIT 1`.execute(tx),
  )
  return rows.length > 0
}
