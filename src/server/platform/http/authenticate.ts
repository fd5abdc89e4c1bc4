import type { FastifyInstance, FastifyRequest } from 'fastify'
import { resolveApiToken } from '../../modules/auth/api-tokens.js'
import { resolveSession, SESSION_COOKIE } from '../../modules/auth/sessions.js'
import { AppError } from './errors.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route checks a credential of its own (the local CLI's). */
    ownAuthentication?: boolean
  }
}

const PUBLIC = new Set(['/api/v1/auth/sign-in', '/api/v1/health'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined
}

/**
 * Resolves who is calling: a script's bearer token, or a browser session
 * whose changes must carry the CSRF token.
 */
export function registerAuthentication(app: FastifyInstance) {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const path = request.url.split('?')[0]
    if (!path.startsWith('/api/v1/') || PUBLIC.has(path)) return
    if (request.routeOptions.config?.ownAuthentication) return

    const db = app.database.db
    const token = bearer(request)
    if (token) {
      request.actor = await resolveApiToken(db, token)
      if (!request.actor) throw new AppError('unauthenticated')
      return
    }
    request.actor = await resolveSession(db, request.cookies[SESSION_COOKIE])
    if (!request.actor) throw new AppError('unauthenticated')
  })

  app.addHook('onRequest', (request, reply, done) => {
    const needsCsrf =
      request.actor?.via === 'session' && !SAFE_METHODS.has(request.method)
    if (needsCsrf) app.csrfProtection(request, reply, done)
    else done()
  })
}
