import { sql } from 'kysely'
import { fieldError } from '../../platform/http/errors.js'
import type { Values, WriteContext } from '../records/record-type.js'

interface StageRow {
  id: string
  pipeline_id: string
  probability: number
  forecast_category: string
}

async function findStage(ctx: WriteContext, stageId: unknown) {
  const { rows } = await sql<StageRow>`
    SELECT id, pipeline_id, probability, forecast_category FROM stage
    WHERE tenant_id = ${ctx.actor.tenantId} AND id = ${stageId}
      AND deleted_at IS NULL`.execute(ctx.tx)
  return rows[0]
}

async function firstStageOfDefaultPipeline(ctx: WriteContext) {
  const { rows } = await sql<StageRow>`
    SELECT s.id, s.pipeline_id, s.probability, s.forecast_category
    FROM pipeline p JOIN stage s
      ON s.tenant_id = p.tenant_id AND s.pipeline_id = p.id
    WHERE p.tenant_id = ${ctx.actor.tenantId} AND p.is_default
      AND p.deleted_at IS NULL AND s.deleted_at IS NULL
    ORDER BY s.position LIMIT 1`.execute(ctx.tx)
  return rows[0]
}

/**
 * Keeps an opportunity consistent with its stage: the stage decides the
 * pipeline, and its default probability and forecast category apply unless
 * the same write sets them.
 */
export async function applyStage(values: Values, ctx: WriteContext) {
  const creating = ctx.before === undefined
  // Sending the current stage again is no move: hand-set values stay.
  const unchanged =
    values.stage_id === undefined || values.stage_id === ctx.before?.stage_id
  if (!creating && unchanged) return

  const stage =
    values.stage_id === undefined || values.stage_id === null
      ? creating
        ? await firstStageOfDefaultPipeline(ctx)
        : undefined
      : await findStage(ctx, values.stage_id)
  if (!stage) throw fieldError('stage_id', 'Choose an existing stage')

  values.stage_id = stage.id
  values.pipeline_id = stage.pipeline_id
  values.probability ??= stage.probability
  values.forecast_category ??= stage.forecast_category
}
