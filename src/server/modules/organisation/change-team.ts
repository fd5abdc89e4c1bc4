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
import type { TeamChange } from './organisation-input.js'
import { requireTeam } from './organisation-queries.js'

/** Renames a team, moves it to another region or gives it a manager. */
export async function changeTeam(
  tx: Tx,
  actor: Actor,
  id: string,
  change: TeamChange,
) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  const before = await requireTeam(tx, actor, id)
  await requireFreeName(tx, actor, 'team', change.name, id)
  await requireLive(tx, actor, 'region', change.region_id, 'region_id')
  await requireLive(tx, actor, 'user', change.manager_id, 'manager_id')

  const after = { ...before, ...change }
  const changes = diff(before, after, ['name', 'region_id', 'manager_id'])
  if (Object.keys(changes).length === 0) return before

  await sql`UPDATE team SET name = ${after.name},
      region_id = ${after.region_id}, manager_id = ${after.manager_id},
      updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'team',
    recordId: id,
    action: 'update',
    changes,
    reasonCode: 'team_changed',
  })
  return requireTeam(tx, actor, id)
}
