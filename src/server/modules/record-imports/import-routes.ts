import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { inTenant, requireActor } from '../../platform/http/request-context.js'
import type { Actor } from '../access/actor.js'
import { cancelImport, markForCommit, queueCommit } from './commit-import.js'
import { listMappings, requireMapping, saveMapping } from './import-mappings.js'
import { PREVIEW_JOB, previewSchema } from './import-settings.js'
import { importType } from './import-type.js'
import { inTenantAs } from './in-tenant-as.js'
import {
  listImportRows,
  rejectedRows,
  rowsQuerySchema,
} from './list-import-rows.js'
import { registerMappingRoutes } from './mapping-routes.js'
import { startPreview } from './preview-import.js'
import {
  type ImportRow,
  importSummary,
  requireImport,
} from './require-import.js'
import { suggestMapping } from './suggest-mapping.js'
import { undoImport } from './undo-import.js'
import { uploadImport } from './upload-import.js'

const tags = ['Imports']
const idParams = z.object({ id: z.uuid() })
const uploadQuery = z.object({
  recordType: z
    .string()
    .min(1)
    .describe('e.g. contact, account, or a custom object'),
  fileName: z.string().max(500).optional(),
})
const previewBody = previewSchema.extend({
  columns: previewSchema.shape.columns.optional(),
  /** A saved mapping to use instead of columns. */
  mappingId: z.uuid().optional(),
  /** Save the columns as a named mapping for later files. */
  saveMappingAs: z.string().trim().min(1).max(200).optional(),
})

// The import as shown, with a field suggested for each header.
async function described(tx: Tx, actor: Actor, row: ImportRow) {
  const type = await importType(tx, actor, { ...row, settings: null })
  return {
    ...importSummary(row),
    suggestions: suggestMapping(type, row.headers),
    savedMappings: await listMappings(tx, actor, type.name),
  }
}

const show = (request: FastifyRequest, id: string) =>
  inTenant(request, async (tx, actor) => ({
    data: await described(tx, actor, await requireImport(tx, actor, id)),
  }))

async function columnsFor(
  request: FastifyRequest,
  body: z.infer<typeof previewBody>,
) {
  if (body.columns) return body.columns
  if (!body.mappingId) return {}
  const id = body.mappingId
  const mapping = await inTenant(request, (tx, actor) =>
    requireMapping(tx, actor, id),
  )
  return mapping.columns
}

/**
 * Imports of CSV files, for scripts and the web app alike: upload the
 * file as the raw request body, preview with a mapping, commit (a
 * background job), follow its progress, cancel, undo.
 */
export function registerImportRoutes(app: FastifyInstance) {
  app.register(async (scope) => {
    // The file is read as it arrives, never buffered whole.
    scope.addContentTypeParser(
      [
        'text/csv',
        'application/octet-stream',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      (_request, payload, done) => done(null, payload),
    )
    registerFileRoutes(scope)
  })
  registerMappingRoutes(app)
}

function registerFileRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.post(
    '/api/v1/imports',
    {
      schema: {
        tags,
        summary:
          'Upload a CSV file or XLSX workbook (the raw body) to import into a record type',
        querystring: uploadQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const row = await uploadImport(app.database.db, actor, {
        ...request.query,
        body: request.body as AsyncIterable<Buffer>,
      })
      return reply.status(201).send(await show(request, row.id))
    },
  )

  api.get(
    '/api/v1/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import, its progress and mapping suggestions',
        params: idParams,
      },
    },
    (request) => show(request, request.params.id),
  )

  api.post(
    '/api/v1/imports/:id/preview',
    {
      schema: {
        tags,
        summary:
          'Check every row with a mapping: what a commit would write or refuse',
        params: idParams,
        body: previewBody,
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const columns = await columnsFor(request, request.body)
      const input = { ...request.body, columns }
      const actor = requireActor(request)
      const revision = await startPreview(app.database.db, actor, id, input)
      const name = request.body.saveMappingAs
      if (name) {
        await inTenant(request, async (tx, a) => {
          const row = await requireImport(tx, a, id)
          await saveMapping(tx, a, {
            recordType: row.record_type,
            name,
            columns,
          })
        })
      }
      if (!app.jobs)
        throw new Error('No job queue: imports cannot be previewed')
      await app.jobs.send(PREVIEW_JOB, {
        tenantId: actor.tenantId,
        importId: id,
        revision,
      })
      return reply.status(202).send(await show(request, id))
    },
  )

  api.get(
    '/api/v1/imports/:id/rows',
    {
      schema: {
        tags,
        summary:
          'The rows of an import in line order, with what becomes of each',
        params: idParams,
        querystring: rowsQuerySchema,
      },
    },
    (request) =>
      inTenant(request, (tx, actor) =>
        listImportRows(tx, actor, request.params.id, request.query),
      ),
  )

  api.post(
    '/api/v1/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Write the previewed rows in the background',
        params: idParams,
        body: z.object({ revision: z.number().int() }),
      },
    },
    async (request, reply) => {
      const { id } = request.params
      await inTenant(request, (tx, actor) =>
        markForCommit(tx, actor, id, request.body.revision),
      )
      await queueCommit(app.jobs, requireActor(request), id)
      return reply.status(202).send(await show(request, id))
    },
  )

  api.post(
    '/api/v1/imports/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Stop a commit after the batch in flight',
        params: idParams,
      },
    },
    async (request) => {
      await inTenant(request, (tx, actor) =>
        cancelImport(tx, actor, request.params.id),
      )
      return show(request, request.params.id)
    },
  )

  api.post(
    '/api/v1/imports/:id/undo',
    {
      schema: {
        tags,
        summary: 'Delete the records an import created',
        params: idParams,
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        undoImport(tx, actor, request.params.id),
      ),
    }),
  )

  api.get(
    '/api/v1/imports/:id/rejected.csv',
    {
      schema: {
        tags,
        summary: 'The refused rows as CSV: line, reason, cells',
        params: idParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const { id } = request.params
      const row = await inTenant(request, (tx, a) => requireImport(tx, a, id))
      const run = <T>(work: (tx: Tx) => Promise<T>) =>
        inTenantAs(app.database.db, actor, work)
      const records = Readable.from(
        (async function* () {
          for await (const r of rejectedRows(run, actor, id)) {
            yield [r.line, r.reason, ...r.cells]
          }
        })(),
      )
      const csv = records.pipe(
        stringify({
          header: true,
          columns: ['line', 'reason', ...row.headers],
        }),
      )
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="rejected-${id}.csv"`,
        )
        .send(csv)
    },
  )
}
