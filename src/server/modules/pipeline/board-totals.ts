import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, visibleRows } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { opportunityType } from '../opportunities/opportunity-type.js'
import { filterPredicates } from '../records/filters.js'
import type { ListParams } from '../records/list-params.js'
import { searchPredicate } from '../records/list-records.js'
import { requirePipeline } from './pipelines.js'

export interface StageTotal {
  stageId: string
  count: number
  /** Null when the reader's roles hide the amount. */
  amount: string | null
}

/**
 * Per stage of a pipeline, the deals the actor may see that match the
 * filter: how many and their total amount, summed exactly in SQL.
 */
export async function boardTotals(
  tx: Tx,
  actor: Actor,
  pipelineId: string,
  params: Pick<ListParams, 'filter' | 'q'>,
): Promise<StageTotal[]> {
  requireRecordAction(actor, 'view', opportunityType)
  await requirePipeline(tx, actor, pipelineId)
  const type = await withCustomFields(tx, actor, opportunityType)
  const where = [
    visibleRows(actor, opportunityType),
    sql`t.deleted_at IS NULL`,
    ...filterPredicates(type, params.filter, actor),
  ]
  if (params.q) where.push(searchPredicate(type, params.q))
  const amount = type.fields.some((f) => f.name === 'amount')
    ? sql`coalesce(sum(t.amount), 0)::text`
    : sql`NULL::text`
  const { rows } = await sql<StageTotal>`
    SELECT s.id AS "stageId", count(t.id)::int AS count, ${amount} AS amount
    FROM stage s
    LEFT JOIN opportunity t ON t.tenant_id = s.tenant_id
      AND t.stage_id = s.id AND ${sql.join(where, sql` AND `)}
    WHERE s.tenant_id = ${actor.tenantId} AND s.pipeline_id = ${pipelineId}
      AND s.deleted_at IS NULL
    GROUP BY s.id, s.position
    ORDER BY s.position`.execute(tx)
  return rows
}
