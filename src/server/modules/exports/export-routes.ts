import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../platform/http/errors.js'
import { inTenant, requireActor } from '../../platform/http/request-context.js'
import { requireRecordAction } from '../access/policy.js'
import { exportChunks } from './export-chunks.js'
import { exportInput } from './export-input.js'
import {
  cancelExport,
  listExports,
  presentExport,
  requireExport,
} from './export-queries.js'
import { FILE_KINDS } from './export-writer.js'
import { exportedType, queueExport, startExport } from './start-export.js'

const params = z.strictObject({ id: z.uuid() })
const tags = ['Exports']

export function registerExportRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.post(
    '/api/v1/exports',
    {
      schema: {
        tags,
        summary:
          'Export a list view (its filter, sort, search and columns) to CSV or XLSX in the background',
        body: exportInput,
      },
    },
    async (request, reply) => {
      const data = await inTenant(request, (tx, actor) =>
        startExport(tx, actor, request.body),
      )
      await queueExport(app.jobs, requireActor(request), data.id)
      return reply.status(202).send({ data })
    },
  )

  api.get(
    '/api/v1/exports',
    { schema: { tags, summary: 'Your latest exports, newest first' } },
    async (request) => ({
      data: await inTenant(request, (tx, actor) => listExports(tx, actor)),
    }),
  )

  api.get(
    '/api/v1/exports/:id',
    { schema: { tags, summary: 'An export and its progress', params } },
    async (request) => ({
      data: await inTenant(request, async (tx, actor) =>
        presentExport(await requireExport(tx, actor, request.params.id)),
      ),
    }),
  )

  api.post(
    '/api/v1/exports/:id/cancel',
    { schema: { tags, summary: 'Stop a queued or running export', params } },
    async (request) => ({
      data: await inTenant(request, async (tx, actor) => {
        await cancelExport(tx, actor, request.params.id)
        return presentExport(await requireExport(tx, actor, request.params.id))
      }),
    }),
  )

  api.get(
    '/api/v1/exports/:id/file',
    { schema: { tags, summary: 'Download a completed export', params } },
    async (request, reply) => {
      const file = await inTenant(request, async (tx, actor) => {
        const row = await requireExport(tx, actor, request.params.id)
        if (row.status !== 'completed') {
          throw new AppError('conflict', {
            detail: `This export is ${row.status}; it can be downloaded once completed`,
          })
        }
        // The right to export is asked again: it may have been taken away.
        const type = await exportedType(tx, actor, row.record_type)
        requireRecordAction(actor, 'export', type)
        const day = new Date(row.created_at).toISOString().slice(0, 10)
        return { row, name: `${type.plural}-${day}` }
      })
      const kind = FILE_KINDS[file.row.format]
      return reply
        .header('Content-Type', kind.contentType)
        .header('Content-Length', String(file.row.byte_count))
        .header(
          'Content-Disposition',
          `attachment; filename="${file.name}.${kind.extension}"`,
        )
        .send(
          Readable.from(
            exportChunks(app.database.db, requireActor(request), file.row.id),
          ),
        )
    },
  )
}
