import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { reasonCode } from '../../platform/http/request-context.js'
import { explainAccess } from '../access/explain-access.js'
import { listTimeline } from '../activities/list-timeline.js'
import { listAudit } from '../audit/list-audit.js'
import { registerShareRoutes } from '../sharing/share-routes.js'
import { createRecord } from './create-record.js'
import { deleteRecord, restoreRecord } from './delete-record.js'
import { getRecord } from './get-record.js'
import { createSchema, updateSchema } from './input-schema.js'
import { listParamsSchema, recordParamsSchema } from './list-params.js'
import { listRecords } from './list-records.js'
import { massUpdate, massUpdateInput } from './mass-update.js'
import { pageSchema, problemSchema, recordSchema } from './output-schema.js'
import type { RecordType } from './record-type.js'
import { idOf, type ResolveType, withRouteType } from './route-type.js'
import { updateRecord } from './update-record.js'

const feedParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
})
const errors = Object.fromEntries(
  [400, 401, 403, 404, 409, 422].map((status) => [status, problemSchema]),
)
const noContent = z.null().describe('No content')

/** Where a family of record routes lives and how a request finds its type. */
export interface RecordRouteSpec {
  base: string
  tags: string[]
  label: string
  labelPlural: string
  /** The path parameters before `:id`, e.g. a custom object's segment. */
  params: Record<string, z.ZodString>
  record: z.ZodType
  create: z.ZodType
  update: z.ZodType
  resolve: ResolveType
}

/** The routes of one built-in record type, its schemas from its fields. */
export function registerRecordRoutes(app: FastifyInstance, type: RecordType) {
  registerRecordRouteSpec(app, {
    base: `/api/v1/${type.plural}`,
    tags: [type.labelPlural],
    label: type.label.toLowerCase(),
    labelPlural: type.labelPlural.toLowerCase(),
    params: {},
    record: recordSchema(type),
    create: createSchema(type).loose(),
    update: updateSchema(type).loose(),
    resolve: async () => type,
  })
}

/** list, get, create, update, delete, restore, timeline and history. */
export function registerRecordRouteSpec(
  app: FastifyInstance,
  spec: RecordRouteSpec,
) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const { base, tags, label } = spec
  const one = z.object({ data: spec.record })
  const listParams = z.object(spec.params)
  const idParams = z.object({ ...spec.params, id: z.uuid() })
  const write = (request: FastifyRequest) => ({
    reasonCode: reasonCode(request),
    requestId: request.id,
  })
  const withType = withRouteType(spec.resolve)

  api.get(
    base,
    {
      schema: {
        tags,
        summary: `List ${spec.labelPlural}`,
        params: listParams,
        querystring: listParamsSchema,
        response: {
          200: z.object({ data: z.array(spec.record), page: pageSchema }),
          ...errors,
        },
      },
    },
    (request) =>
      withType(request, (tx, actor, type) =>
        listRecords(tx, actor, type, request.query),
      ),
  )

  api.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Get one ${label}`,
        params: idParams,
        querystring: recordParamsSchema,
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        getRecord(tx, actor, type, idOf(request), request.query),
      ),
    }),
  )

  api.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${label}`,
        params: listParams,
        body: spec.create,
        response: { 201: one, ...errors },
      },
    },
    async (request, reply) => {
      const data = await withType(request, (tx, actor, type) =>
        createRecord(
          tx,
          actor,
          type,
          request.body as Record<string, unknown>,
          write(request),
        ),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Change a ${label}`,
        params: idParams,
        body: spec.update,
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        updateRecord(
          tx,
          actor,
          type,
          idOf(request),
          request.body as Record<string, unknown>,
          write(request),
        ),
      ),
    }),
  )

  api.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Delete a ${label}`,
        params: idParams,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await withType(request, (tx, actor, type) =>
        deleteRecord(tx, actor, type, idOf(request), write(request)),
      )
      return reply.status(204).send(null)
    },
  )

  api.post(
    `${base}/:id/restore`,
    {
      schema: {
        tags,
        summary: `Restore a deleted ${label}`,
        params: idParams,
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        restoreRecord(tx, actor, type, idOf(request), write(request)),
      ),
    }),
  )

  api.get(
    `${base}/:id/timeline`,
    {
      schema: {
        tags,
        summary: 'Activities on this record, newest first',
        params: idParams,
        querystring: feedParams,
      },
    },
    (request) =>
      withType(request, (tx, actor, type) =>
        listTimeline(tx, actor, type, idOf(request), request.query),
      ),
  )

  api.get(
    `${base}/:id/access`,
    {
      schema: {
        tags,
        summary: 'Why a user may or may not see and change this record',
        params: idParams,
        querystring: z.object({ user: z.uuid().optional() }),
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        explainAccess(tx, actor, type, idOf(request), request.query.user),
      ),
    }),
  )

  api.get(
    `${base}/:id/audit`,
    {
      schema: {
        tags,
        summary: 'Who changed what on this record, newest first',
        params: idParams,
        querystring: feedParams,
      },
    },
    (request) =>
      withType(request, (tx, actor, type) =>
        listAudit(tx, actor, type, idOf(request), request.query),
      ),
  )

  api.post(
    `${base}/mass-update`,
    {
      schema: {
        tags,
        summary: `Give many ${spec.labelPlural} the same values at once`,
        params: listParams,
        body: massUpdateInput,
      },
    },
    async (request) => ({
      data: await withType(request, (tx, actor, type) =>
        massUpdate(tx, actor, type, request.body, write(request)),
      ),
    }),
  )

  registerShareRoutes(app, spec.resolve, { base, tags, idParams })
}
