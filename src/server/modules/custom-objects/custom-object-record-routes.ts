import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../platform/http/errors.js'
import { registerRecordRouteSpec } from '../records/record-routes.js'
import { findCustomObjectByPlural } from './workspace-types.js'

const record = z
  .looseObject({ id: z.uuid(), name: z.string().optional() })
  .meta({ id: 'custom_object_record' })
const body = z.looseObject({})

/**
 * The records of every custom object, at /api/v1/<plural> like built-in
 * types: the type is looked up per request, so a new object is served at
 * once, without a restart. Static routes win, so built-in paths are safe.
 */
export function registerCustomObjectRecordRoutes(app: FastifyInstance) {
  registerRecordRouteSpec(app, {
    base: '/api/v1/:objects',
    tags: ['Custom object records'],
    label: 'record of a custom object',
    labelPlural: 'records of a custom object',
    params: {
      objects: z.string().describe("The object's plural, e.g. configurations"),
    },
    record,
    create: body,
    update: body,
    resolve: async (tx, actor, params) => {
      const type = await findCustomObjectByPlural(tx, actor, params.objects)
      if (!type) {
        throw new AppError('not_found', {
          detail: `No record type is served at "${params.objects}"`,
        })
      }
      return type
    },
  })
}
