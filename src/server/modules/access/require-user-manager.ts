import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from './actor.js'

/**
 * Refuses a change that would leave the workspace with no active user who
 * may manage users: nobody could then give anyone a role again. Run inside
 * the changing transaction, after its writes, so the refusal undoes them.
 * Roles are resolved as rights are: a user's own and their team's, else
 * the default of their workspace role.
 */
export async function requireSomeoneManagesUsers(
  tx: Tx,
  actor: Actor,
): Promise<void> {
  const { rows } = await sql<{ n: number }>`
    WITH held AS (
      SELECT a.user_id, r.abilities
      FROM role_assignment a JOIN role r ON r.tenant_id = a.tenant_id
        AND r.id = a.role_id
      WHERE a.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
      UNION ALL
      SELECT u.id, r.abilities
      FROM app_user u
      JOIN team_role tr ON tr.tenant_id = u.tenant_id AND tr.team_id = u.team_id
      JOIN role r ON r.tenant_id = tr.tenant_id AND r.id = tr.role_id
      WHERE u.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
    ), defaulted AS (
      SELECT u.id AS user_id, r.abilities
      FROM app_user u JOIN role r ON r.tenant_id = u.tenant_id
        AND r.key = CASE u.role WHEN 'admin' THEN 'administrator'
          ELSE 'member' END
      WHERE u.tenant_id = ${actor.tenantId}
        AND NOT EXISTS (SELECT 1 FROM held h WHERE h.user_id = u.id)
    )
    SELECT count(*)::int AS n FROM app_user u
    WHERE u.tenant_id = ${actor.tenantId} AND u.status = 'active'
      AND u.deleted_at IS NULL
      AND EXISTS (
        SELECT 1 FROM (SELECT * FROM held UNION ALL SELECT * FROM defaulted) x
        WHERE x.user_id = u.id AND 'manage_users' = ANY (x.abilities))`.execute(
    tx,
  )
  if (Number(rows[0].n) > 0) return
  throw new AppError('conflict', {
    detail:
      'This would leave nobody who may manage users; give another active user a role that manages users first',
  })
}
