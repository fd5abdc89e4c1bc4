import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { sql } from 'kysely'
import { z } from 'zod'
import { inTenant } from '../../platform/http/request-context.js'
import { requireAdminAction } from '../access/policy.js'
import { importPipelineDataset } from './import-pipeline-dataset.js'

const files = z.strictObject({
  accounts: z.string(),
  products: z.string(),
  salesTeams: z.string(),
  salesPipeline: z.string(),
})

/**
 * The B2B pipeline data set's four files, imported together into the
 * signed-in user's workspace with their relations (agents to teams and
 * regions, deals to accounts, owners and products). It makes users,
 * teams and a pipeline, so it is for those who manage users and settings.
 */
export function registerDatasetRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  api.post(
    '/api/v1/imports/pipeline-dataset',
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ['Imports'],
        summary:
          'Import the B2B pipeline data set (accounts, products, sales teams and the pipeline, as CSV text) into this workspace, linked, in one go',
        body: z.strictObject({ files }),
      },
    },
    async (request) => {
      const slug = await inTenant(request, async (tx, actor) => {
        requireAdminAction(actor, 'manage_users')
        requireAdminAction(actor, 'manage_settings')
        const { rows } = await sql<{ slug: string }>`
          SELECT slug FROM tenant WHERE id = ${actor.tenantId}`.execute(tx)
        return rows[0].slug
      })
      return {
        data: await importPipelineDataset(app.database.db, {
          tenantSlug: slug,
          files: request.body.files,
        }),
      }
    },
  )
}
