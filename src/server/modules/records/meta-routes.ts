import type { FastifyInstance } from 'fastify'
import type { RecordTypeDescriptor } from '../../../shared/record-type.js'
import { requireActor } from '../../platform/http/request-context.js'
import { recordTypes } from './registry.js'

function describe(type: RecordTypeDescriptor): RecordTypeDescriptor {
  const { name, plural, label, labelPlural, titleField, fields, defaultSort } =
    type
  return { name, plural, label, labelPlural, titleField, fields, defaultSort }
}

export function registerMetaRoutes(app: FastifyInstance) {
  app.get(
    '/api/v1/meta/record-types',
    {
      schema: { tags: ['Metadata'], summary: 'Record types and their fields' },
    },
    async (request) => {
      requireActor(request)
      return { data: recordTypes.map(describe) }
    },
  )
}
