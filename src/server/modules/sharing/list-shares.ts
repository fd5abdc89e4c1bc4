import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType } from '../records/record-type.js'
import type { Share } from './share-input.js'

interface ShareRow {
  id: string
  user_id: string | null
  user_name: string | null
  team_id: string | null
  team_name: string | null
  access: 'read' | 'edit'
  expires_at: string | null
  created_at: string
}

/** The live shares of a record the actor may see, people first. */
export async function listShares(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
): Promise<Share[]> {
  await requireRow(tx, actor, type, id)
  const { rows } = await sql<ShareRow>`
    SELECT s.id, s.user_id, u.name AS user_name, s.team_id,
      tm.name AS team_name, s.access, s.expires_at, s.created_at
    FROM record_share s
    LEFT JOIN app_user u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
    LEFT JOIN team tm ON tm.tenant_id = s.tenant_id AND tm.id = s.team_id
    WHERE s.tenant_id = ${actor.tenantId} AND s.record_type = ${type.name}
      AND s.record_id = ${id}
      AND (s.expires_at IS NULL OR s.expires_at > now())
    ORDER BY s.team_id NULLS FIRST, u.name, tm.name`.execute(tx)
  return rows.map(toShare)
}

export function toShare(row: ShareRow): Share {
  return {
    id: row.id,
    user: row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null,
    team: row.team_id ? { id: row.team_id, name: row.team_name ?? '' } : null,
    access: row.access,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  }
}
