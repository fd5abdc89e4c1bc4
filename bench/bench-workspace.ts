import type { FastifyInstance } from 'fastify'
import { createTenant } from '../src/server/modules/tenants/create-tenant.js'
import type { Database } from '../src/server/platform/db/database.js'
import { ACCOUNT_FIELDS, fillAccounts } from './account-fill.js'
import { Session } from './session.js'

const PASSWORD = 'bench password, long enough'

export interface BenchWorkspace {
  tenantId: string
  /** The admin, signed in: every measured request is theirs. */
  session: Session
  /** A sales rep who owns about one account in a hundred. */
  repId: string
  /** Time the bulk fill took, apart from sign-in and field definitions. */
  fillMs: number
}

/**
 * A workspace with the benchmark's custom fields, defined through the
 * API as its admin would, and `accounts` accounts among 100 owners.
 */
export async function prepareWorkspace(
  app: FastifyInstance,
  database: Database,
  { slug, accounts }: { slug: string; accounts: number },
): Promise<BenchWorkspace> {
  const email = `admin@${slug}.test`
  const { tenantId, adminId } = await createTenant(database.db, {
    slug,
    name: slug,
    admin: { email, name: 'Bench Admin', password: PASSWORD },
  })
  const session = await Session.signIn(app, {
    workspace: slug,
    email,
    password: PASSWORD,
  })
  for (const field of ACCOUNT_FIELDS) {
    const res = await session.post('/api/v1/custom-fields', field)
    if (res.statusCode !== 201) {
      throw new Error(`defining ${field.name}: ${res.statusCode} ${res.body}`)
    }
  }

  const start = performance.now()
  await fillAccounts(database, {
    tenantId,
    adminId,
    reps: 99,
    accounts,
    emailDomain: `${slug}.test`,
  })
  const fillMs = performance.now() - start

  const { rows } = await database.executeSql(
    'SELECT id FROM app_user WHERE tenant_id = $1 AND email = $2',
    [tenantId, `rep1@${slug}.test`],
  )
  const repId = (rows[0] as { id: string }).id
  return { tenantId, session, repId, fillMs }
}
