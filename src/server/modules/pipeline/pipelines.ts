import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type {
  ForecastCategory,
  StageOutcome,
} from '../../../shared/pipeline.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'

export interface StageInput {
  name: string
  probability: number
  forecastCategory: ForecastCategory
  outcome?: StageOutcome
}

export interface Stage extends Required<StageInput> {
  id: string
  position: number
}

export interface Pipeline {
  id: string
  name: string
  isDefault: boolean
  stages: Stage[]
}

export async function listPipelines(tx: Tx, actor: Actor): Promise<Pipeline[]> {
  const { rows } = await sql<{
    id: string
    name: string
    is_default: boolean
    stages: Stage[]
  }>`
    SELECT p.id, p.name, p.is_default, coalesce(json_agg(json_build_object(
        'id', s.id, 'name', s.name, 'position', s.position,
        'probability', s.probability,
        'forecastCategory', s.forecast_category, 'outcome', s.outcome)
        ORDER BY s.position) FILTER (WHERE s.id IS NOT NULL), '[]') AS stages
    FROM pipeline p
    LEFT JOIN stage s ON s.tenant_id = p.tenant_id AND s.pipeline_id = p.id
      AND s.deleted_at IS NULL
    WHERE p.tenant_id = ${actor.tenantId} AND p.deleted_at IS NULL
    GROUP BY p.id, p.name, p.is_default
    ORDER BY p.is_default DESC, p.name`.execute(tx)
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    isDefault: r.is_default,
    stages: r.stages,
  }))
}

export async function requirePipeline(tx: Tx, actor: Actor, id: string) {
  const { rows } = await sql`SELECT 1 FROM pipeline
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}
      AND deleted_at IS NULL`.execute(tx)
  if (rows.length === 0) {
    throw new AppError('not_found', { detail: `No pipeline ${id}` })
  }
}

/** Creates a pipeline with its stages in the order given. */
export async function createPipeline(
  tx: Tx,
  actor: Actor,
  input: { name: string; isDefault: boolean; stages: StageInput[] },
): Promise<Pipeline> {
  requireAdminAction(actor, 'manage_settings')
  const id = uuidv7()
  // One default per workspace: concurrent creations take turns here.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${actor.tenantId}),
    hashtext('pipeline'))`.execute(tx)
  if (input.isDefault) {
    await sql`UPDATE pipeline SET is_default = false
      WHERE tenant_id = ${actor.tenantId} AND is_default`.execute(tx)
  }
  await sql`INSERT INTO pipeline (tenant_id, id, name, is_default)
    VALUES (${actor.tenantId}, ${id}, ${input.name}, ${input.isDefault})`.execute(
    tx,
  )
  const stages = input.stages.map((s, position) => ({
    id: uuidv7(),
    position,
    outcome: s.outcome ?? ('open' as const),
    ...s,
  }))
  for (const s of stages) {
    await sql`INSERT INTO stage (tenant_id, id, pipeline_id, name, position,
        probability, forecast_category, outcome)
      VALUES (${actor.tenantId}, ${s.id}, ${id}, ${s.name}, ${s.position},
        ${s.probability}, ${s.forecastCategory}, ${s.outcome})`.execute(tx)
  }
  await writeAudit(tx, actor, [
    {
      recordType: 'pipeline',
      recordId: id,
      action: 'create',
      changes: {
        name: { from: null, to: input.name },
        stages: { from: null, to: stages.map((s) => s.name) },
      },
      reasonCode: 'pipeline_setup',
    },
  ])
  return { id, name: input.name, isDefault: input.isDefault, stages }
}
