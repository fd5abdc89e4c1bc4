import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { changeCustomField } from './change-custom-field.js'
import { customFieldChange } from './custom-field-change.js'
import { customFieldInput } from './custom-field-input.js'
import {
  defineCustomField,
  listCustomFields,
  retireCustomField,
} from './define-custom-field.js'

export function registerCustomFieldRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Custom fields']

  api.get(
    '/api/v1/custom-fields',
    { schema: { tags, summary: "The workspace's custom fields" } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listCustomFields(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/custom-fields',
    {
      schema: {
        tags,
        summary: 'Add a field to a record type (administrators)',
        body: customFieldInput,
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        defineCustomField(tx, actor, request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    '/api/v1/custom-fields/:id',
    {
      schema: {
        tags,
        summary:
          'Change a field: stored values are converted, or the change is refused',
        params: z.object({ id: z.uuid() }),
        body: customFieldChange,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        changeCustomField(tx, actor, request.params.id, request.body),
      ),
    }),
  )

  api.delete(
    '/api/v1/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Retire a custom field; its history stays',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        retireCustomField(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )
}
