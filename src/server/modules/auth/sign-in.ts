import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import {
  withoutTenant,
  withTenant,
} from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { verifyPassword } from './passwords.js'

export interface Credentials {
  workspace: string
  email: string
  password: string
}

export async function findTenantBySlug(db: Db, slug: string) {
  const { rows } = await withoutTenant(db, (tx) =>
    sql<{ id: string; slug: string; name: string; currency: string }>`
      SELECT id, slug, name, currency FROM tenant WHERE slug = ${slug}`.execute(
      tx,
    ),
  )
  return rows[0]
}

/** Checks credentials; answers the same error whatever part was wrong. */
export async function verifyCredentials(db: Db, input: Credentials) {
  const tenant = await findTenantBySlug(db, input.workspace.toLowerCase())
  const user = tenant
    ? await withTenant(db, tenant.id, async (tx) => {
        const { rows } = await sql<{
          id: string
          password_hash: string | null
          status: string
          role: 'admin' | 'member'
        }>`SELECT id, password_hash, status, role FROM app_user
          WHERE tenant_id = ${tenant.id} AND lower(email) = lower(${input.email})
            AND deleted_at IS NULL`.execute(tx)
        return rows[0]
      })
    : undefined

  const ok = await verifyPassword(user?.password_hash, input.password)
  if (!tenant || !user || !ok || user.status !== 'active') {
    throw new AppError('invalid_credentials')
  }
  return { tenantId: tenant.id, userId: user.id, role: user.role }
}
