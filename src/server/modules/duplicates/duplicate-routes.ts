import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { inTenant, reasonCode } from '../../platform/http/request-context.js'
import { problemSchema } from '../records/output-schema.js'
import { findRecordType } from '../records/registry.js'
import { checkDuplicates } from './check-duplicates.js'
import { dismissPair, undismissPair } from './dismiss-pair.js'
import { listMerges } from './list-merges.js'
import { mergeInput, mergeRecords } from './merge-records.js'
import { mergePreview, previewInput, previewMerge } from './preview-merge.js'
import { listRecordDuplicates } from './record-duplicates.js'
import { DUPLICATE_TYPES } from './record-keys.js'
import { listDuplicatePairs, reviewParams } from './review-list.js'
import { undoMerge } from './undo-merge.js'

const errors = Object.fromEntries(
  [400, 401, 403, 404, 422].map((status) => [status, problemSchema]),
)
const reason = z.object({
  kind: z.string(),
  field: z.string(),
  text: z.string(),
})
const candidate = z.object({
  id: z.uuid(),
  title: z.string(),
  fields: z.record(z.string(), z.unknown()),
  score: z.number(),
  reasons: z.array(reason),
})
const candidates = z.object({
  data: z.array(candidate),
  upToDate: z.boolean(),
})
const side = z.object({
  id: z.uuid(),
  fields: z.record(z.string(), z.unknown()),
})
const pairPage = z.object({
  data: z.array(
    z.object({
      record: side,
      other: side,
      score: z.number(),
      reasons: z.array(reason),
    }),
  ),
  page: z.object({ limit: z.number(), nextCursor: z.string().nullable() }),
  upToDate: z.boolean(),
})
const checkBody = z.object({
  values: z.record(z.string(), z.unknown()),
  excludeId: z.uuid().optional(),
})
const pairParams = z.object({ id: z.uuid(), otherId: z.uuid() })
const noContent = z.null().describe('No content')
const mergeResult = z.object({
  data: z.object({
    id: z.uuid(),
    survivorId: z.uuid().optional(),
    mergedIds: z.array(z.uuid()).optional(),
    moved: z.record(z.string(), z.number()).optional(),
    record: z.record(z.string(), z.unknown()),
  }),
})
const mergeList = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      survivorId: z.uuid(),
      mergedIds: z.array(z.uuid()),
      fields: z.array(z.string()),
      moved: z.record(z.string(), z.number()),
      mergedById: z.uuid().nullable(),
      mergedAt: z.string(),
      undoneAt: z.string().nullable(),
    }),
  ),
})

function registerTypeRoutes(app: FastifyInstance, typeName: string) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const type = findRecordType(typeName)
  if (!type) return
  const base = `/api/v1/${type.plural}`
  const tags = [type.labelPlural]

  api.get(
    `${base}/:id/duplicates`,
    {
      schema: {
        tags,
        summary: `Likely duplicates of this ${type.label.toLowerCase()}`,
        params: z.object({ id: z.uuid() }),
        response: { 200: candidates, ...errors },
      },
    },
    (request) =>
      inTenant(request, (tx, actor) =>
        listRecordDuplicates(tx, actor, typeName, request.params.id),
      ),
  )

  api.post(
    `${base}/duplicates/check`,
    {
      schema: {
        tags,
        summary: `Which ${type.labelPlural.toLowerCase()} these unsaved values would duplicate`,
        body: checkBody,
        response: { 200: candidates, ...errors },
      },
    },
    (request) =>
      inTenant(request, (tx, actor) =>
        checkDuplicates(
          tx,
          actor,
          typeName,
          request.body.values,
          request.body.excludeId,
        ),
      ),
  )

  api.put(
    `${base}/:id/duplicates/:otherId/dismissal`,
    {
      schema: {
        tags,
        summary: 'Mark two records as not duplicates of each other',
        params: pairParams,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const { id, otherId } = request.params
      await inTenant(request, (tx, actor) =>
        dismissPair(tx, actor, typeName, id, otherId),
      )
      return reply.status(204).send(null)
    },
  )

  api.delete(
    `${base}/:id/duplicates/:otherId/dismissal`,
    {
      schema: {
        tags,
        summary: 'Show two records as possible duplicates again',
        params: pairParams,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const { id, otherId } = request.params
      await inTenant(request, (tx, actor) =>
        undismissPair(tx, actor, typeName, id, otherId),
      )
      return reply.status(204).send(null)
    },
  )

  const write = (request: FastifyRequest) => ({
    reasonCode: reasonCode(request),
    requestId: request.id,
  })

  api.post(
    `${base}/merges`,
    {
      schema: {
        tags,
        summary: `Merge ${type.labelPlural.toLowerCase()} into one`,
        body: mergeInput,
        response: { 201: mergeResult, ...errors },
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        mergeRecords(tx, actor, typeName, request.body, write(request)),
      )
      return reply.status(201).send({ data })
    },
  )

  api.post(
    `${base}/merges/preview`,
    {
      schema: {
        tags,
        summary: `What merging ${type.labelPlural.toLowerCase()} would do`,
        description:
          "Each field with every record's value, the related records that would move, and the refusal the merge would meet. Writes nothing.",
        body: previewInput,
        response: { 200: mergePreview, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        previewMerge(tx, actor, typeName, request.body),
      ),
    }),
  )

  api.post(
    `${base}/merges/:mergeId/undo`,
    {
      schema: {
        tags,
        summary: 'Undo a merge: the merged records come back',
        params: z.object({ mergeId: z.uuid() }),
        response: { 200: mergeResult, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        undoMerge(tx, actor, typeName, request.params.mergeId, write(request)),
      ),
    }),
  )

  api.get(
    `${base}/:id/merges`,
    {
      schema: {
        tags,
        summary: `Merges this ${type.label.toLowerCase()} took part in`,
        params: z.object({ id: z.uuid() }),
        response: { 200: mergeList, ...errors },
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        listMerges(tx, actor, typeName, request.params.id),
      ),
    }),
  )
}

/** Duplicate lookups for each record type, and the review list. */
export function registerDuplicateRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  for (const name of DUPLICATE_TYPES) registerTypeRoutes(app, name)

  api.get(
    '/api/v1/duplicates',
    {
      schema: {
        tags: ['Duplicates'],
        summary: 'Likely duplicate pairs in the workspace, most likely first',
        querystring: reviewParams,
        response: { 200: pairPage, ...errors },
      },
    },
    (request) =>
      inTenant(request, (tx, actor) =>
        listDuplicatePairs(tx, actor, request.query),
      ),
  )
}
