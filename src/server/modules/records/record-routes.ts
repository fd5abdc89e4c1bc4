import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant, reasonCode } from '../../platform/http/request-context.js'
import { listTimeline } from '../activities/list-timeline.js'
import { listAudit } from '../audit/list-audit.js'
import { createRecord } from './create-record.js'
import { deleteRecord, restoreRecord } from './delete-record.js'
import { getRecord } from './get-record.js'
import { createSchema, updateSchema } from './input-schema.js'
import { listParamsSchema, recordParamsSchema } from './list-params.js'
import { listRecords } from './list-records.js'
import { pageSchema, problemSchema, recordSchema } from './output-schema.js'
import type { RecordType } from './record-type.js'
import { updateRecord } from './update-record.js'

const idParams = z.object({ id: z.uuid() })
const feedParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
})
const errors = Object.fromEntries(
  [400, 401, 403, 404, 409, 422].map((status) => [status, problemSchema]),
)
const noContent = z.null().describe('No content')

/** list, get, create, update, delete, restore, timeline and history. */
export function registerRecordRoutes(app: FastifyInstance, type: RecordType) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const base = `/api/v1/${type.plural}`
  const tags = [type.labelPlural]
  const record = recordSchema(type)
  const one = z.object({ data: record })
  const write = (request: FastifyRequest) => ({
    reasonCode: reasonCode(request),
    requestId: request.id,
  })

  api.get(
    base,
    {
      schema: {
        tags,
        summary: `List ${type.labelPlural.toLowerCase()}`,
        querystring: listParamsSchema,
        response: {
          200: z.object({ data: z.array(record), page: pageSchema }),
          ...errors,
        },
      },
    },
    (request) =>
      inTenant(request, (tx, actor) =>
        listRecords(tx, actor, type, request.query),
      ),
  )

  api.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Get one ${type.label.toLowerCase()}`,
        params: idParams,
        querystring: recordParamsSchema,
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        getRecord(tx, actor, type, request.params.id, request.query),
      ),
    }),
  )

  api.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${type.label.toLowerCase()}`,
        body: createSchema(type).loose(),
        response: { 201: one, ...errors },
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        createRecord(tx, actor, type, request.body, write(request)),
      )
      return reply.status(201).send({ data })
    },
  )

  api.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Change a ${type.label.toLowerCase()}`,
        params: idParams,
        body: updateSchema(type).loose(),
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        updateRecord(
          tx,
          actor,
          type,
          request.params.id,
          request.body,
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
        summary: `Delete a ${type.label.toLowerCase()}`,
        params: idParams,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await inTenant(request, (tx, actor) =>
        deleteRecord(tx, actor, type, request.params.id, write(request)),
      )
      return reply.status(204).send(null)
    },
  )

  api.post(
    `${base}/:id/restore`,
    {
      schema: {
        tags,
        summary: `Restore a deleted ${type.label.toLowerCase()}`,
        params: idParams,
        response: { 200: one, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        restoreRecord(tx, actor, type, request.params.id, write(request)),
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
      inTenant(request, (tx, actor) =>
        listTimeline(tx, actor, type, request.params.id, request.query),
      ),
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
      inTenant(request, (tx, actor) =>
        listAudit(tx, actor, type, request.params.id, request.query),
      ),
  )
}
