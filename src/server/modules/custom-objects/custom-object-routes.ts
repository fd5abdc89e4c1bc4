import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { customObjectInput } from './custom-object-input.js'
import {
  defineCustomObject,
  listCustomObjects,
  retireCustomObject,
} from './define-custom-object.js'
import { workspaceOpenApi } from './workspace-openapi.js'
import { workspaceTypes } from './workspace-types.js'

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

  api.get(
    '/api/v1/openapi.json',
    {
      schema: {
        tags: ['Metadata'],
        summary:
          "This workspace's OpenAPI document: its custom fields and objects included",
      },
    },
    (request) =>
      inTenant(request, async (tx, actor) => {
        const types = []
        for (const type of await workspaceTypes(tx, actor)) {
          types.push(await withCustomFields(tx, actor, type))
        }
        return workspaceOpenApi(app.swagger() as never, types)
      }),
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
