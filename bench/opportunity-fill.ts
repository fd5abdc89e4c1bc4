import type { Database } from '../src/server/platform/db/database.js'

// A well-spread whole number in [0, n) for row g, different per salt, so
// owner, stage, amount and creator vary independently of each other and
// of the update order.
const spread = (salt: string, n: string) =>
  `((hashtext('${salt}' || g)::bigint + 2147483648) % ${n})::int`

// Stages are spread evenly over the default pipeline's seven, each deal
// taking its stage's probability and forecast category as the API would.
// Reps enter nine deals in ten themselves; the admin enters the rest for
// them, so "own" reaches a rep's deals both as owner and as creator.
const INSERT_OPPORTUNITIES = `
  INSERT INTO opportunity (tenant_id, id, name, owner_id, pipeline_id,
    stage_id, amount, probability, forecast_category, close_date,
    created_by_id, created_at, updated_at)
  SELECT $1::uuid, gen_random_uuid(),
    'Opportunity ' || substr(md5(g::text), 1, 12),
    d.owner_id, s.pipeline_id, s.id, 1000 + ${spread('amount', '99000')},
    s.probability, s.forecast_category,
    (t.at + ${spread('close', '180')} * interval '1 day')::date,
    CASE WHEN ${spread('creator', '10')} = 0 THEN $3::uuid ELSE d.owner_id END,
    t.at, t.at
  FROM generate_series(1, $4::int) g
  CROSS JOIN LATERAL (SELECT now() - g * interval '1 minute' AS at) t
  CROSS JOIN (SELECT array_agg(id ORDER BY position) AS ids FROM stage
    WHERE tenant_id = $1::uuid) st
  CROSS JOIN LATERAL (SELECT
    ($2::uuid[])[1 + ${spread('owner', 'cardinality($2::uuid[])')}] AS owner_id,
    st.ids[1 + ${spread('stage', 'cardinality(st.ids)')}] AS stage_id) d
  JOIN stage s ON s.tenant_id = $1::uuid AND s.id = d.stage_id`

export interface OpportunityFill {
  tenantId: string
  /** Who enters the deals reps do not enter themselves. */
  adminId: string
  ownerIds: string[]
  opportunities: number
}

/** Fills the workspace's opportunities in one statement as the owner. */
export async function fillOpportunities(
  database: Database,
  spec: OpportunityFill,
): Promise<void> {
  await database.executeSql(INSERT_OPPORTUNITIES, [
    spec.tenantId,
    spec.ownerIds,
    spec.adminId,
    spec.opportunities,
  ])
}

/** Fresh statistics, as autovacuum would gather after a bulk load. */
export async function analyzeSalesTables(database: Database): Promise<void> {
  await database.executeSql(
    'ANALYZE region, team, app_user, role_assignment, opportunity, record_share',
  )
}
