import type { FastifyInstance } from 'fastify'
import type { RecordTypeDescriptor } from '../../../shared/record-type.js'
import { inTenant } from '../../platform/http/request-context.js'
import { RECORD_ACTIONS } from '../access/abilities.js'
import type { Actor } from '../access/actor.js'
import { allowsRecordAction } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { workspaceTypes } from '../custom-objects/workspace-types.js'
import type { RecordType } from './record-type.js'

function toDescriptor(actor: Actor, type: RecordType): RecordTypeDescriptor {
  const { name, plural, label, labelPlural, titleField, fields } = type
  const { defaultSort, customObject } = type
  return {
    name,
    plural,
    label,
    labelPlural,
    titleField,
    fields,
    defaultSort,
    customObject,
    actions: RECORD_ACTIONS.filter((a) => allowsRecordAction(actor, a, type)),
  }
}

export function registerMetaRoutes(app: FastifyInstance) {
  app.get(
    '/api/v1/meta/record-types',
    {
      schema: {
        tags: ['Metadata'],
        summary:
          "Record types and their fields, this workspace's custom fields and objects included",
      },
    },
    async (request) => ({
      data: await inTenant(request, async (tx, actor) => {
        const types = []
        for (const type of await workspaceTypes(tx, actor)) {
          types.push(
            toDescriptor(actor, await withCustomFields(tx, actor, type)),
          )
        }
        return types
      }),
    }),
  )
}
