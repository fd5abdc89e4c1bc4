import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'

export type Region = {
  id: string
  name: string
  manager_id: string | null
  /** Live teams in the region. */
  team_count: number
}

export type Team = {
  id: string
  name: string
  region_id: string | null
  manager_id: string | null
  /** Users in the team, whatever their status. */
  member_count: number
}

const REGIONS = sql`SELECT r.id, r.name, r.manager_id,
    (SELECT count(*)::int FROM team t WHERE t.tenant_id = r.tenant_id
      AND t.region_id = r.id AND t.deleted_at IS NULL) AS team_count
  FROM region r`

const TEAMS = sql`SELECT t.id, t.name, t.region_id, t.manager_id,
    (SELECT count(*)::int FROM app_user u WHERE u.tenant_id = t.tenant_id
      AND u.team_id = t.id AND u.deleted_at IS NULL) AS member_count
  FROM team t`

export async function listRegions(tx: Tx, actor: Actor): Promise<Region[]> {
  const { rows } = await sql<Region>`${REGIONS}
    WHERE r.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
    ORDER BY r.name, r.id`.execute(tx)
  return rows
}

export async function listTeams(tx: Tx, actor: Actor): Promise<Team[]> {
  const { rows } = await sql<Team>`${TEAMS}
    WHERE t.tenant_id = ${actor.tenantId} AND t.deleted_at IS NULL
    ORDER BY t.name, t.id`.execute(tx)
  return rows
}

export async function requireRegion(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<Region> {
  const { rows } = await sql<Region>`${REGIONS}
    WHERE r.tenant_id = ${actor.tenantId} AND r.id = ${id}
      AND r.deleted_at IS NULL`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No region ${id}` })
  return rows[0]
}

export async function requireTeam(
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<Team> {
  const { rows } = await sql<Team>`${TEAMS}
    WHERE t.tenant_id = ${actor.tenantId} AND t.id = ${id}
      AND t.deleted_at IS NULL`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No team ${id}` })
  return rows[0]
}
