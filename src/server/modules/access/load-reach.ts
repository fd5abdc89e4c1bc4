import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from './actor.js'
import type { Reach } from './rights.js'

export async function reachOf(tx: Tx, actor: Actor): Promise<Reach> {
  const me = actor.userId
  if (!me) return { me, teamId: null, team: [], region: [], manager: [] }
  // Team: the user's team and teams they manage. Region: the regions of
  // those teams and regions they manage. Manager: everyone below them.
  type Reached = 'team' | 'region' | 'manager'
  const { rows } = await sql<{ scope: Reached; ids: string[] | null }>`
    WITH RECURSIVE my_teams AS (
      SELECT team_id AS id FROM app_user
      WHERE tenant_id = ${actor.tenantId} AND id = ${me} AND team_id IS NOT NULL
      UNION
      SELECT id FROM team WHERE tenant_id = ${actor.tenantId}
        AND manager_id = ${me} AND deleted_at IS NULL
    ), my_regions AS (
      SELECT region_id AS id FROM team WHERE tenant_id = ${actor.tenantId}
        AND id IN (SELECT id FROM my_teams) AND region_id IS NOT NULL
      UNION
      SELECT id FROM region WHERE tenant_id = ${actor.tenantId}
        AND manager_id = ${me} AND deleted_at IS NULL
    ), below AS (
      SELECT id FROM app_user WHERE tenant_id = ${actor.tenantId} AND id = ${me}
      UNION
      SELECT u.id FROM app_user u JOIN below b ON u.manager_id = b.id
      WHERE u.tenant_id = ${actor.tenantId}
    )
    SELECT 'team' AS scope, array_agg(id) AS ids FROM app_user
    WHERE tenant_id = ${actor.tenantId}
      AND (team_id IN (SELECT id FROM my_teams) OR id = ${me})
    UNION ALL
    SELECT 'region', array_agg(u.id) FROM app_user u
    LEFT JOIN team t ON t.tenant_id = u.tenant_id AND t.id = u.team_id
    WHERE u.tenant_id = ${actor.tenantId}
      AND (t.region_id IN (SELECT id FROM my_regions) OR u.id = ${me})
    UNION ALL
    SELECT 'manager', array_agg(id) FROM below`.execute(tx)
  const reach: Reach = { me, teamId: null, team: [], region: [], manager: [] }
  for (const row of rows) reach[row.scope] = row.ids ?? []
  const { rows: mine } = await sql<{ team_id: string | null }>`
    SELECT team_id FROM app_user
    WHERE tenant_id = ${actor.tenantId} AND id = ${me}`.execute(tx)
  reach.teamId = mine[0]?.team_id ?? null
  return reach
}
