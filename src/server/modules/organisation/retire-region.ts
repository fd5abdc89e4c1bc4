import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { lockOrganisation, recordChange } from './organisation-change.js'
import { requireRegion } from './organisation-queries.js'

function teams(count: number) {
  return count === 1 ? '1 team still belongs' : `${count} teams still belong`
}

/** Retires an empty region; its teams must move to another one first. */
export async function retireRegion(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  const region = await requireRegion(tx, actor, id)
  if (region.team_count > 0) {
    throw new AppError('conflict', {
      detail: `${teams(region.team_count)} to ${region.name}; move them to another region first`,
    })
  }

  await sql`UPDATE region SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'region',
    recordId: id,
    action: 'delete',
    changes: { name: { from: region.name, to: null } },
    reasonCode: 'region_retired',
  })
}
