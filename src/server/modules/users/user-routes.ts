import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { setUserPassword } from './set-password.js'
import { listUsers } from './user-queries.js'

export function registerUserRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Users']

  api.get(
    '/api/v1/users',
    {
      schema: { tags, summary: 'The users of this workspace' },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listUsers(tx, actor)),
    }),
  )

  api.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Set a user password (administrators); activates the user',
        params: z.object({ id: z.uuid() }),
        body: z.object({ password: z.string().max(1024) }),
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        setUserPassword(tx, actor, request.params.id, request.body.password),
      ),
    }),
  )
}
