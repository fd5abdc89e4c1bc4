import type { FastifyInstance } from 'fastify'
import type { RecordTypeDescriptor } from '../../../shared/record-type.js'
import { inTenant } from '../../platform/http/request-context.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { recordTypes } from './registry.js'

function toDescriptor(type: RecordTypeDescriptor): RecordTypeDescriptor {
  const { name, plural, label, labelPlural, titleField, fields, defaultSort } =
    type
  return { name, plural, label, labelPlural, titleField, fields, defaultSort }
}

export function registerMetaRoutes(app: FastifyInstance) {
  app.get(
    '/api/v1/meta/record-types',
    {
      schema: {
        tags: ['Metadata'],
        summary:
          "Record types and their fields, this workspace's custom ones included",
      },
    },
    async (request) => ({
      data: await inTenant(request, async (tx, actor) => {
        const types = []
        for (const type of recordTypes) {
          types.push(toDescriptor(await withCustomFields(tx, actor, type)))
        }
        return types
      }),
    }),
  )
}
