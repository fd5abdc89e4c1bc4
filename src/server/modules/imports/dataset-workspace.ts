import type { Db } from '../../platform/db/database.js'
import { createTenant, findTenantId } from '../tenants/create-tenant.js'
import { requireWorkspaceSlug } from '../tenants/workspace-slug.js'
import { DATASET_PIPELINE, DATASET_STAGES } from './dataset-pipeline.js'

export interface DatasetWorkspace {
  tenantId: string
  created: boolean
  admin?: { email: string; status: 'active' | 'invited' }
}

/**
 * Finds the workspace or creates it with the data set's stages as its
 * default pipeline: whoever imports into a new workspace expects its
 * board to show those deals.
 */
export async function ensureDatasetWorkspace(
  db: Db,
  input: { tenantSlug: string; tenantName?: string; adminPassword?: string },
): Promise<DatasetWorkspace> {
  requireWorkspaceSlug(input.tenantSlug)
  const existing = await findTenantId(db, input.tenantSlug)
  if (existing) return { tenantId: existing, created: false }

  const email = `admin@${input.tenantSlug}.example`
  const created = await createTenant(db, {
    slug: input.tenantSlug,
    name: input.tenantName ?? input.tenantSlug,
    admin: { email, name: 'Administrator', password: input.adminPassword },
    stages: DATASET_STAGES,
    pipelineName: DATASET_PIPELINE,
  })
  const status = input.adminPassword ? 'active' : 'invited'
  return { tenantId: created.tenantId, created: true, admin: { email, status } }
}
