import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { inTenant } from '../../platform/http/request-context.js'
import { fieldRuleInput, listFieldRules, setFieldRule } from './field-rules.js'

export function registerFieldRuleRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Roles']

  api.get(
    '/api/v1/field-rules',
    { schema: { tags, summary: 'Fields roles hide or make read-only' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listFieldRules(tx, actor)),
    }),
  )

  api.put(
    '/api/v1/field-rules',
    {
      schema: {
        tags,
        summary: "Set a role's access to a field (administrators)",
        body: fieldRuleInput,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        setFieldRule(tx, actor, request.body),
      ),
    }),
  )
}
