import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'

export type UserSummary = {
  id: string
  name: string
  email: string
  title: string | null
  role: 'admin' | 'member'
  status: 'active' | 'invited' | 'disabled'
  manager_id: string | null
  team_id: string | null
  time_zone: string
}

const columns = sql`id, name, email, title, role, status, manager_id, team_id,
  time_zone`

export async function listUsers(tx: Tx, actor: Actor): Promise<UserSummary[]> {
  const { rows } = await sql<UserSummary>`
    SELECT ${columns} FROM app_user
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
    ORDER BY name, id`.execute(tx)
  return rows
}

export async function requireUser(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<UserSummary> {
  const { rows } = await sql<UserSummary>`
    SELECT ${columns} FROM app_user
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL`.execute(
    tx,
  )
  if (!rows[0]) throw new AppError('not_found', { detail: `No user ${id}` })
  return rows[0]
}
