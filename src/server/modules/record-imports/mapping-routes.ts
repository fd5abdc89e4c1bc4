import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import {
  deleteMapping,
  listMappings,
  mappingInputSchema,
  saveMapping,
} from './import-mappings.js'

const tags = ['Imports']

/** Named column mappings, saved for the next file of the same shape. */
export function registerMappingRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/import-mappings',
    {
      schema: {
        tags,
        summary: 'Saved column mappings, of one record type if asked',
        querystring: z.object({ recordType: z.string().optional() }),
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        listMappings(tx, actor, request.query.recordType),
      ),
    }),
  )

  api.put(
    '/api/v1/import-mappings',
    {
      schema: {
        tags,
        summary:
          'Save a column mapping under its name (replaces one of that name)',
        body: mappingInputSchema,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        saveMapping(tx, actor, request.body),
      ),
    }),
  )

  api.delete(
    '/api/v1/import-mappings/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved column mapping',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        deleteMapping(tx, actor, request.params.id),
      )
      return reply.status(204).send()
    },
  )
}
