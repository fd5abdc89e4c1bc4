import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { customObjectInput } from './custom-object-input.js'
import {
  defineCustomObject,
  listCustomObjects,
  retireCustomObject,
} from './define-custom-object.js'

export function registerCustomObjectRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Custom objects']

  api.get(
    '/api/v1/custom-objects',
    { schema: { tags, summary: "The workspace's custom objects" } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        listCustomObjects(tx, actor),
      ),
    }),
  )

  api.post(
    '/api/v1/custom-objects',
    {
      schema: {
        tags,
        summary: 'Add a record type (administrators)',
        body: customObjectInput,
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        defineCustomObject(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.delete(
    '/api/v1/custom-objects/:id',
    {
      schema: {
        tags,
        summary: 'Retire a custom object; its records and history stay',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireCustomObject(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )
}
