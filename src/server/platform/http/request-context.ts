import type { FastifyRequest } from 'fastify'
import type { Actor } from '../../modules/access/actor.js'
import { cachedRights } from '../../modules/access/rights-cache.js'
import type { Database } from '../db/database.js'
import { type Tx, withTenant } from '../db/tenant-transaction.js'
import { AppError } from './errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor
  }
  interface FastifyInstance {
    database: Database
    dataDir: string | undefined
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated')
  return request.actor
}

/** Runs a request's work in one tenant transaction: all of it or none. */
export function inTenant<T>(
  request: FastifyRequest,
  work: (tx: Tx, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = requireActor(request)
  return withTenant(request.server.database.db, actor.tenantId, async (tx) => {
    actor.rights ??= await cachedRights(tx, actor)
    return work(tx, actor)
  })
}

/** The caller's reason for a change (X-Reason-Code), kept in the audit. */
export function reasonCode(request: FastifyRequest): string | undefined {
  const value = request.headers['x-reason-code']
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^[a-z0-9_.-]{1,64}$/i.test(value)) {
    throw new AppError('bad_request', {
      detail: 'X-Reason-Code takes 1 to 64 letters, digits, _ . or -',
    })
  }
  return value
}
