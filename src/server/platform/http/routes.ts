import type { FastifyInstance } from 'fastify'
import { registerAuthRoutes } from '../../modules/auth/auth-routes.js'
import { registerTokenRoutes } from '../../modules/auth/token-routes.js'
import { registerCustomFieldRoutes } from '../../modules/custom-fields/custom-field-routes.js'
import { registerCustomObjectRecordRoutes } from '../../modules/custom-objects/custom-object-record-routes.js'
import { registerCustomObjectRoutes } from '../../modules/custom-objects/custom-object-routes.js'
import { registerDuplicateRoutes } from '../../modules/duplicates/duplicate-routes.js'
import { registerExportRoutes } from '../../modules/exports/export-routes.js'
import { registerDatasetRoutes } from '../../modules/imports/dataset-routes.js'
import { registerSystemRoutes } from '../../modules/imports/system-routes.js'
import { registerLeadConversionRoutes } from '../../modules/leads/conversion-routes.js'
import { registerOrganisationRoutes } from '../../modules/organisation/organisation-routes.js'
import { registerPipelineRoutes } from '../../modules/pipeline/pipeline-routes.js'
import { registerImportRoutes } from '../../modules/record-imports/import-routes.js'
import { registerMetaRoutes } from '../../modules/records/meta-routes.js'
import { registerRecordRoutes } from '../../modules/records/record-routes.js'
import { recordTypes } from '../../modules/records/registry.js'
import { registerFieldRuleRoutes } from '../../modules/roles/field-rule-routes.js'
import {
  registerGuardRuleRoutes,
  registerRoleRoutes,
} from '../../modules/roles/role-routes.js'
import { registerUserRoutes } from '../../modules/users/user-routes.js'
import { registerVcardRoutes } from '../../modules/vcards/vcard-routes.js'

export interface RouteOptions {
  sessionDays: number
  secureCookies: boolean
  signInLimit: number
}

export async function registerRoutes(
  app: FastifyInstance,
  options: RouteOptions,
) {
  app.get('/api/v1/health', { schema: { hide: true } }, async () => ({
    status: 'ok',
  }))
  registerAuthRoutes(app, options)
  registerTokenRoutes(app)
  registerMetaRoutes(app)
  registerCustomFieldRoutes(app)
  registerCustomObjectRoutes(app)
  registerUserRoutes(app)
  registerOrganisationRoutes(app)
  registerRoleRoutes(app)
  registerGuardRuleRoutes(app)
  registerFieldRuleRoutes(app)
  registerPipelineRoutes(app)
  registerSystemRoutes(app)
  registerDatasetRoutes(app)
  registerLeadConversionRoutes(app)
  registerExportRoutes(app)
  registerImportRoutes(app)
  registerDuplicateRoutes(app)
  registerVcardRoutes(app)
  for (const type of recordTypes) registerRecordRoutes(app, type)
  registerCustomObjectRecordRoutes(app)
}
