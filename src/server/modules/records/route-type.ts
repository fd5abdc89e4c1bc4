import type { FastifyRequest } from 'fastify'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { inTenant } from '../../platform/http/request-context.js'
import type { Actor } from '../access/actor.js'
import type { RecordType } from './record-type.js'

type Params = Record<string, string>

export type ResolveType = (
  tx: Tx,
  actor: Actor,
  params: Params,
) => Promise<RecordType>

/** Runs a record route's work in the request's tenant with its type. */
export function withRouteType(resolve: ResolveType) {
  return <T>(
    request: FastifyRequest,
    work: (tx: Tx, actor: Actor, type: RecordType) => Promise<T>,
  ) =>
    inTenant(request, async (tx, actor) =>
      work(tx, actor, await resolve(tx, actor, request.params as Params)),
    )
}

/** The `:id` of a record route. */
export const idOf = (request: FastifyRequest) => (request.params as Params).id
