import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import type { UserSummary } from '../users/user-queries.js'

/**
 * Refuses a manager who would close a loop: the user themself, or anyone
 * who reports to them directly or through others. The manager scope walks
 * this chain downwards, so it must stay a tree.
 */
export async function requireNoManagerCycle(
  tx: Tx,
  actor: Actor,
  user: UserSummary,
  managerId: string,
): Promise<void> {
  if (managerId === user.id) {
    throw fieldError('manager_id', 'Nobody can be their own manager')
  }
  const { rows } = await sql<{ name: string }>`
    WITH RECURSIVE below AS (
      SELECT id, name FROM app_user
      WHERE tenant_id = ${actor.tenantId} AND manager_id = ${user.id}
      UNION
      SELECT u.id, u.name FROM app_user u JOIN below b ON u.manager_id = b.id
      WHERE u.tenant_id = ${actor.tenantId}
    )
    SELECT name FROM below WHERE id = ${managerId}`.execute(tx)
  if (rows[0]) {
    throw fieldError(
      'manager_id',
      `${rows[0].name} reports to ${user.name}; choose someone above or beside them`,
    )
  }
}
