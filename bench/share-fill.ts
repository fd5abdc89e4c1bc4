import type { Database } from '../src/server/platform/db/database.js'

// A well-spread whole number in [0, n) for each deal, different per salt.
const spread = (salt: string, n: string) =>
  `((hashtext('${salt}' || o.id)::bigint + 2147483648) % ${n})::int`

// One deal in `$3` is shared for reading with a rep picked at random (a
// colleague helping on the account), one in `$5` for editing with a team;
// the owner's own deals are not shared back to them.
const INSERT_SHARES = `
  INSERT INTO record_share (tenant_id, id, record_type, record_id, user_id,
    team_id, access, created_by_id)
  SELECT o.tenant_id, gen_random_uuid(), 'opportunity', o.id, x.user_id,
    x.team_id, x.access, o.owner_id
  FROM opportunity o
  CROSS JOIN LATERAL (
    SELECT ($2::uuid[])[1 + ${spread('user', 'cardinality($2::uuid[])')}]
      AS user_id, NULL::uuid AS team_id, 'read' AS access
    WHERE ${spread('user-share', '$3')} = 0
    UNION ALL
    SELECT NULL, ($4::uuid[])[1 + ${spread('team', 'cardinality($4::uuid[])')}],
      'edit'
    WHERE ${spread('team-share', '$5')} = 0
  ) x
  WHERE o.tenant_id = $1::uuid
    AND x.user_id IS DISTINCT FROM o.owner_id`

export interface ShareFill {
  tenantId: string
  repIds: string[]
  teamIds: string[]
  /** One deal in this many is shared with a rep. */
  perUserShare: number
  /** One deal in this many is shared with a team. */
  perTeamShare: number
}

/** Shares some deals beyond their owners' reach; answers how many. */
export async function fillShares(
  database: Database,
  spec: ShareFill,
): Promise<number> {
  const { rows } = await database.executeSql(
    `WITH made AS (${INSERT_SHARES} RETURNING 1) SELECT count(*)::int AS n FROM made`,
    [
      spec.tenantId,
      spec.repIds,
      spec.perUserShare,
      spec.teamIds,
      spec.perTeamShare,
    ],
  )
  return (rows as { n: number }[])[0].n
}

/** The deals shared with a user directly or through their team. */
export async function sharedWith(
  database: Database,
  tenantId: string,
  user: { id: string; teamId: string | null },
): Promise<Set<string>> {
  const { rows } = await database.executeSql(
    `SELECT record_id FROM record_share WHERE tenant_id = $1
      AND record_type = 'opportunity'
      AND (user_id = $2 OR team_id = $3)`,
    [tenantId, user.id, user.teamId],
  )
  return new Set((rows as { record_id: string }[]).map((r) => r.record_id))
}
