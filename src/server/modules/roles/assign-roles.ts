import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { requireSomeoneManagesUsers } from '../access/require-user-manager.js'
import { writeAudit } from '../audit/write-audit.js'

type Holder = { kind: 'user' | 'team'; id: string }

const TABLES = {
  user: { holders: 'app_user', links: 'role_assignment', column: 'user_id' },
  team: { holders: 'team', links: 'team_role', column: 'team_id' },
}

async function roleKeys(tx: Tx, actor: Actor, ids: string[]) {
  if (ids.length === 0) return []
  const { rows } = await sql<{ id: string; key: string }>`
    SELECT id, key FROM role WHERE tenant_id = ${actor.tenantId}
      AND id IN (${sql.join(ids)}) AND deleted_at IS NULL`.execute(tx)
  if (rows.length < new Set(ids).size) {
    throw fieldError('roleIds', 'Choose existing roles')
  }
  return rows.map((r) => r.key).sort()
}

/**
 * Gives a user or a team exactly these roles. A user with no role of
 * their own or their team's works by their workspace role's default.
 */
export async function setRoles(
  tx: Tx,
  actor: Actor,
  holder: Holder,
  roleIds: string[],
) {
  requireAdminAction(actor, 'manage_users')
  const t = TABLES[holder.kind]
  const { rows: found } = await sql`
    SELECT 1 FROM ${sql.table(t.holders)} WHERE tenant_id = ${actor.tenantId}
      AND id = ${holder.id} AND deleted_at IS NULL`.execute(tx)
  if (found.length === 0) {
    throw new AppError('not_found', {
      detail: `No ${holder.kind} ${holder.id}`,
    })
  }
  const { rows: held } = await sql<{ key: string }>`
    SELECT r.key FROM ${sql.table(t.links)} l
    JOIN role r ON r.tenant_id = l.tenant_id AND r.id = l.role_id
    WHERE l.tenant_id = ${actor.tenantId}
      AND ${sql.ref(`l.${t.column}`)} = ${holder.id}
    ORDER BY r.key`.execute(tx)
  const keys = await roleKeys(tx, actor, roleIds)
  await sql`DELETE FROM ${sql.table(t.links)} WHERE tenant_id = ${actor.tenantId}
    AND ${sql.ref(t.column)} = ${holder.id}`.execute(tx)
  for (const roleId of new Set(roleIds)) {
    await sql`INSERT INTO ${sql.table(t.links)}
        (tenant_id, ${sql.ref(t.column)}, role_id)
      VALUES (${actor.tenantId}, ${holder.id}, ${roleId})`.execute(tx)
  }
  await requireSomeoneManagesUsers(tx, actor)
  await writeAudit(tx, actor, [
    {
      recordType: holder.kind === 'user' ? 'user' : 'team',
      recordId: holder.id,
      action: 'update',
      changes: { roles: { from: held.map((r) => r.key), to: keys } },
      reasonCode: 'roles_assigned',
    },
  ])
  return { roles: keys }
}
