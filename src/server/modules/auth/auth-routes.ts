import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { sql } from 'kysely'
import { z } from 'zod'
import { AppError } from '../../platform/http/errors.js'
import { inTenant } from '../../platform/http/request-context.js'
import type { RouteOptions } from '../../platform/http/routes.js'
import { textSchema } from '../records/value-schema.js'
import { requireUser } from '../users/user-queries.js'
import { createSession, endSession, SESSION_COOKIE } from './sessions.js'
import { verifyCredentials } from './sign-in.js'

const signInBody = z.object({
  workspace: z.string().trim().min(1, 'Enter your workspace').max(63),
  email: textSchema({ required: true, max: 320 }),
  password: z.string().min(1, 'Enter your password').max(1024),
})

async function sessionBody(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionCookie = request.cookies[SESSION_COOKIE],
) {
  const csrfToken = reply.generateCsrf({ userInfo: sessionCookie ?? '' })
  return inTenant(request, async (tx, actor) => {
    const user = await requireUser(tx, actor, actor.userId ?? '')
    const { rows } = await sql<{
      id: string
      slug: string
      name: string
      currency: string
    }>`
      SELECT id, slug, name, currency FROM tenant WHERE id = ${actor.tenantId}`.execute(
      tx,
    )
    // What the user may administer, so the app offers only what works.
    const abilities = [...(actor.rights?.abilities ?? [])]
    return { user, tenant: rows[0], abilities, csrfToken }
  })
}

export function registerAuthRoutes(
  app: FastifyInstance,
  options: RouteOptions,
) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Authentication']

  api.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInBody,
      },
      config: {
        rateLimit: {
          max: options.signInLimit,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) =>
            `${request.ip}:${String((request.body as { email?: string })?.email).toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const { tenantId, userId, role } = await verifyCredentials(
        app.database.db,
        request.body,
      )
      const cookie = await createSession(
        app.database.db,
        tenantId,
        userId,
        options.sessionDays,
      )
      reply.setCookie(SESSION_COOKIE, cookie, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: options.secureCookies,
        maxAge: options.sessionDays * 86_400,
      })
      // The answer names what the user may administer: their rights load
      // from their roles as on any later request.
      request.actor = { tenantId, userId, role, via: 'session' }
      return sessionBody(request, reply, cookie)
    },
  )

  api.get(
    '/api/v1/auth/session',
    {
      schema: { tags, summary: 'The signed-in user, workspace and CSRF token' },
    },
    (request, reply) => sessionBody(request, reply),
  )

  api.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        tags,
        summary: 'End this session',
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      if (!request.actor) throw new AppError('unauthenticated')
      await endSession(app.database.db, request.cookies[SESSION_COOKIE])
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )
}
