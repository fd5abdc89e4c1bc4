import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { diff } from '../audit/write-audit.js'
import {
  lockOrganisation,
  recordChange,
  requireFreeName,
  requireLive,
} from './organisation-change.js'
import type { RegionInput } from './organisation-input.js'
import { requireRegion } from './organisation-queries.js'

export async function addRegion(tx: Tx, actor: Actor, input: RegionInput) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  await requireFreeName(tx, actor, 'region', input.name)
  await requireLive(tx, actor, 'user', input.manager_id, 'manager_id')

  const id = uuidv7()
  const managerId = input.manager_id ?? null
  await sql`INSERT INTO region (tenant_id, id, name, manager_id)
    VALUES (${actor.tenantId}, ${id}, ${input.name}, ${managerId})`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'region',
    recordId: id,
    action: 'create',
    changes: diff({}, input, ['name', 'manager_id']),
    reasonCode: 'region_added',
  })
  return requireRegion(tx, actor, id)
}
