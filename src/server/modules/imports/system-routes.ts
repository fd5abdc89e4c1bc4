import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { createWorkspace } from '../tenants/create-workspace.js'
import { setMemberPassword } from '../tenants/set-member-password.js'
import { requireLocalCli } from './cli-secret.js'
import { importPipelineDataset } from './import-pipeline-dataset.js'

// What `rapport` on the command line asks of a running server that holds
// the embedded database. Hidden from the API reference: only the local
// CLI may call these (see requireLocalCli).
const config = { ownAuthentication: true }

const datasetFiles = z.object({
  accounts: z.string(),
  products: z.string(),
  salesTeams: z.string(),
  salesPipeline: z.string(),
})

export function registerSystemRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const onRequest = requireLocalCli

  api.post(
    '/api/v1/system/import-dataset',
    {
      config,
      onRequest,
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        hide: true,
        body: z.object({
          workspace: z.string(),
          name: z.string().optional(),
          adminPassword: z.string().optional(),
          files: datasetFiles,
        }),
      },
    },
    async (request) => {
      const { workspace, name, adminPassword, files } = request.body
      return importPipelineDataset(app.database.db, {
        tenantSlug: workspace,
        tenantName: name,
        adminPassword,
        files,
      })
    },
  )

  api.post(
    '/api/v1/system/set-password',
    {
      config,
      onRequest,
      schema: {
        hide: true,
        body: z.object({
          workspace: z.string(),
          email: z.string(),
          password: z.string().max(1024),
        }),
      },
    },
    async (request) => setMemberPassword(app.database.db, request.body),
  )

  api.post(
    '/api/v1/system/create-workspace',
    {
      config,
      onRequest,
      schema: {
        hide: true,
        body: z.object({
          workspace: z.string(),
          name: z.string().min(1),
          adminEmail: z.string(),
          adminName: z.string().optional(),
          adminPassword: z.string().max(1024).optional(),
        }),
      },
    },
    async (request, reply) => {
      reply.code(201)
      return createWorkspace(app.database.db, request.body)
    },
  )
}
