import { sql } from 'kysely'
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
import type { RegionChange } from './organisation-input.js'
import { requireRegion } from './organisation-queries.js'

/** Renames a region or gives it another manager; unsent fields stay. */
export async function changeRegion(
  tx: Tx,
  actor: Actor,
  id: string,
  change: RegionChange,
) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  const before = await requireRegion(tx, actor, id)
  await requireFreeName(tx, actor, 'region', change.name, id)
  await requireLive(tx, actor, 'user', change.manager_id, 'manager_id')

  const after = { ...before, ...change }
  const changes = diff(before, after, ['name', 'manager_id'])
  if (Object.keys(changes).length === 0) return before

  await sql`UPDATE region SET name = ${after.name},
      manager_id = ${after.manager_id}, updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'region',
    recordId: id,
    action: 'update',
    changes,
    reasonCode: 'region_changed',
  })
  return requireRegion(tx, actor, id)
}
