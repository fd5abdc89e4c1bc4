import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../../platform/db/database.js'
import {
  withoutTenant,
  withTenant,
} from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { type Actor, systemActor } from '../access/actor.js'
import { ensureBuiltInRoles } from '../access/ensure-built-in-roles.js'
import { hashPassword } from '../auth/passwords.js'
import { createPipeline, type StageInput } from '../pipeline/pipelines.js'

export const DEFAULT_STAGES: StageInput[] = [
  { name: 'Prospecting', probability: 10, forecastCategory: 'pipeline' },
  { name: 'Qualification', probability: 20, forecastCategory: 'pipeline' },
  { name: 'Engaging', probability: 40, forecastCategory: 'pipeline' },
  { name: 'Proposal', probability: 60, forecastCategory: 'best_case' },
  { name: 'Negotiation', probability: 80, forecastCategory: 'commit' },
  { name: 'Won', probability: 100, forecastCategory: 'closed', outcome: 'won' },
  {
    name: 'Lost',
    probability: 0,
    forecastCategory: 'omitted',
    outcome: 'lost',
  },
]

export interface NewTenant {
  slug: string
  name: string
  currency?: string
  admin: { email: string; name: string; password?: string }
  stages?: StageInput[]
  /** The default pipeline's name; 'Sales' unless given. */
  pipelineName?: string
}

export interface CreatedTenant {
  tenantId: string
  adminId: string
  pipelineId: string
  actor: Actor
}

/** A workspace with its first administrator and a default pipeline. */
export async function createTenant(
  db: Db,
  input: NewTenant,
): Promise<CreatedTenant> {
  const tenantId = uuidv7()
  const adminId = uuidv7()
  const passwordHash = input.admin.password
    ? await hashPassword(input.admin.password)
    : null
  const taken = await withoutTenant(db, (tx) =>
    sql`SELECT 1 FROM tenant WHERE slug = ${input.slug}`.execute(tx),
  )
  if (taken.rows.length > 0) {
    throw new AppError('conflict', {
      detail: `Workspace "${input.slug}" exists`,
    })
  }
  // The tenant row itself is written by the owner role: the application
  // role can read tenants but not create them.
  await sql`INSERT INTO tenant (id, slug, name, currency)
    VALUES (${tenantId}, ${input.slug}, ${input.name},
      ${input.currency ?? 'USD'})`.execute(db)

  const actor = systemActor(tenantId)
  const pipeline = await withTenant(db, tenantId, async (tx) => {
    await ensureBuiltInRoles(tx, tenantId)
    await sql`INSERT INTO app_user (tenant_id, id, email, name, role, status,
        password_hash)
      VALUES (${tenantId}, ${adminId}, ${input.admin.email}, ${input.admin.name},
        'admin', ${passwordHash ? 'active' : 'invited'}, ${passwordHash})`.execute(
      tx,
    )
    return createPipeline(tx, actor, {
      name: input.pipelineName ?? 'Sales',
      isDefault: true,
      stages: input.stages ?? DEFAULT_STAGES,
    })
  })
  return { tenantId, adminId, pipelineId: pipeline.id, actor }
}

export async function findTenantId(db: Db, slug: string) {
  const { rows } = await withoutTenant(db, (tx) =>
    sql<{ id: string }>`SELECT id FROM tenant WHERE slug = ${slug}`.execute(tx),
  )
  return rows[0]?.id
}
