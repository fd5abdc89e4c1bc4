import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../platform/http/errors.js'
import { inTenant } from '../../platform/http/request-context.js'
import { textSchema } from '../records/value-schema.js'
import { createApiToken } from './api-tokens.js'

export function registerTokenRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.post(
    '/api/v1/api-tokens',
    {
      schema: {
        tags: ['Authentication'],
        summary: 'Create an API token for scripts (shown once)',
        response: {
          201: z.object({
            data: z.object({ id: z.uuid(), token: z.string() }),
          }),
        },
        body: z.strictObject({
          name: textSchema({ required: true, max: 100 }),
        }),
      },
    },
    async (request, reply) => {
      const token = await inTenant(request, (tx, actor) => {
        if (!actor.userId) throw new AppError('forbidden')
        return createApiToken(tx, actor, actor.userId, request.body.name)
      })
      return reply.status(201).send({ data: token })
    },
  )
}
