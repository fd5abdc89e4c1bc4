import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  FORECAST_CATEGORIES,
  STAGE_OUTCOMES,
} from '../../../shared/pipeline.js'
import { inTenant } from '../../platform/http/request-context.js'
import { listParamsSchema } from '../records/list-params.js'
import { textSchema } from '../records/value-schema.js'
import { boardTotals } from './board-totals.js'
import { createPipeline, listPipelines } from './pipelines.js'

const stageBody = z.strictObject({
  name: textSchema({ required: true, max: 100 }),
  probability: z.number().int().min(0).max(100),
  forecastCategory: z.enum(FORECAST_CATEGORIES),
  outcome: z.enum(STAGE_OUTCOMES).optional(),
})

const pipelineSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  isDefault: z.boolean(),
  stages: z.array(stageBody.extend({ id: z.uuid(), position: z.number() })),
})

export function registerPipelineRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Pipelines']

  api.get(
    '/api/v1/pipelines',
    {
      schema: { tags, summary: 'Pipelines with their stages in order' },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listPipelines(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/pipelines',
    {
      schema: {
        tags,
        summary: 'Create a pipeline (administrators)',
        response: { 201: z.object({ data: pipelineSchema }) },
        body: z.strictObject({
          name: textSchema({ required: true, max: 100 }),
          isDefault: z.boolean().default(false),
          stages: z.array(stageBody).min(1).max(30),
        }),
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        createPipeline(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.get(
    '/api/v1/pipelines/:id/board',
    {
      schema: {
        tags,
        summary: 'Deal count and total amount per stage',
        params: z.object({ id: z.uuid() }),
        querystring: listParamsSchema.pick({ filter: true, q: true }).strict(),
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        boardTotals(tx, actor, request.params.id, request.query),
      ),
    }),
  )
}
