import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { conversionInput } from './conversion-input.js'
import { convertLead, leadToConvert } from './convert-lead.js'
import { planConversion } from './plan-conversion.js'

const params = z.strictObject({ id: z.uuid() })
const tags = ['Leads']

/** Preview and carry out the conversion of a lead. */
export function registerLeadConversionRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/leads/:id/conversion',
    {
      schema: {
        tags,
        summary:
          'What converting this lead would do: the account and contact it would use or create, and the records it may duplicate',
        params,
      },
    },
    async (request) => ({
      data: await inTenant(request, async (tx, actor) => {
        const { type, lead } = await leadToConvert(tx, actor, request.params.id)
        const plan = await planConversion(tx, actor, lead, type, {
          account: { action: 'auto' },
          contact: { action: 'auto' },
          opportunity: {},
        })
        return { convertedAt: lead.converted_at ?? null, ...plan }
      }),
    }),
  )

  api.post(
    '/api/v1/leads/:id/convert',
    {
      schema: {
        tags,
        summary:
          'Convert this lead into a contact, an account (found or created) and optionally an opportunity',
        params,
        body: conversionInput,
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        convertLead(tx, actor, request.params.id, request.body, request.id),
      )
      return reply.status(201).send({ data })
    },
  )
}
