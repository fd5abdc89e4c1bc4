import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js'
import { requireUser } from './user-queries.js'

/**
 * An administrator gives a user a password, which also activates a user
 * who was invited or imported. Their sessions and API tokens end; a
 * disabled user stays disabled.
 */
export async function setUserPassword(
  tx: Tx,
  actor: Actor,
  userId: string,
  password: string,
) {
  requireAdminAction(actor, 'manage_users')
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError(
      'password',
      `Use at least ${MIN_PASSWORD_LENGTH} characters`,
    )
  }
  const user = await requireUser(tx, actor, userId)
  if (user.status === 'disabled') {
    throw new AppError('conflict', {
      detail: `${user.name} is disabled; enable the user before setting a password`,
    })
  }
  const passwordHash = await hashPassword(password)
  await sql`UPDATE app_user
    SET password_hash = ${passwordHash}, status = 'active', updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${userId}`.execute(tx)
  // New credentials end the old ones: sessions and API tokens alike.
  await sql`DELETE FROM session
    WHERE tenant_id = ${actor.tenantId} AND user_id = ${userId}`.execute(tx)
  await sql`UPDATE api_token SET revoked_at = now()
    WHERE tenant_id = ${actor.tenantId} AND user_id = ${userId}
      AND revoked_at IS NULL`.execute(tx)
  await writeAudit(tx, actor, [
    {
      recordType: 'user',
      recordId: userId,
      action: 'update',
      // The hash itself never enters the audit log.
      changes: {
        password: { from: null, to: '(set)' },
        status: { from: user.status, to: 'active' },
      },
      reasonCode: 'password_set_by_admin',
    },
  ])
  return { ...user, status: 'active' as const }
}
