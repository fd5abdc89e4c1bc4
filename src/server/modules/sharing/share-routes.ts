import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idOf, type ResolveType, withRouteType } from '../records/route-type.js'
import { listShares } from './list-shares.js'
import { shareInput } from './share-input.js'
import { shareRecord } from './share-record.js'
import { unshareRecord } from './unshare-record.js'

interface ShareRouteSpec {
  base: string
  tags: string[]
  idParams: z.ZodObject
}

/** List, add and end the shares of one record of a type. */
export function registerShareRoutes(
  app: FastifyInstance,
  resolve: ResolveType,
  { base, tags, idParams }: ShareRouteSpec,
) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const withType = withRouteType(resolve)

  api.get(
    `${base}/:id/shares`,
    {
      schema: {
        tags,
        summary: 'Who this record is shared with',
        params: idParams,
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        listShares(tx, actor, type, idOf(request)),
      ),
    }),
  )

  api.post(
    `${base}/:id/shares`,
    {
      schema: {
        tags,
        summary: 'Share this record with a user or team, read or edit',
        params: idParams,
        body: shareInput,
      },
    },
    async (request, reply) => {
      const data = await withType(request, (tx, actor, type) =>
        shareRecord(tx, actor, type, idOf(request), request.body),
      )
      return reply.status(201).send({ data })
    },
  )

  api.delete(
    `${base}/:id/shares/:shareId`,
    {
      schema: {
        tags,
        summary: 'End a share of this record',
        params: idParams.extend({ shareId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await withType(request, (tx, actor, type) =>
        unshareRecord(
          tx,
          actor,
          type,
          idOf(request),
          (request.params as { shareId: string }).shareId,
        ),
      )
      return reply.status(204).send()
    },
  )
}
