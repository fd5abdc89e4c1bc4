import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { systemActor } from '../access/actor.js'
import { setUserPassword } from '../users/set-password.js'
import { findTenantId } from './create-tenant.js'

/**
 * Gives a workspace member a password by email, as an operator on the
 * command line does for an imported or invited user; it activates them.
 */
export async function setMemberPassword(
  db: Db,
  input: { workspace: string; email: string; password: string },
) {
  const tenantId = await findTenantId(db, input.workspace)
  if (!tenantId) {
    throw new AppError('not_found', {
      detail: `No workspace "${input.workspace}"`,
    })
  }
  const actor = systemActor(tenantId)
  return withTenant(db, tenantId, async (tx) => {
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM app_user
      WHERE tenant_id = ${tenantId} AND lower(email) = lower(${input.email})
        AND deleted_at IS NULL`.execute(tx)
    if (!rows[0]) {
      throw new AppError('not_found', { detail: `No user ${input.email}` })
    }
    const user = await setUserPassword(tx, actor, rows[0].id, input.password)
    return { name: user.name, email: user.email, status: user.status }
  })
}
