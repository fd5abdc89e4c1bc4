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
import type { TeamInput } from './organisation-input.js'
import { requireTeam } from './organisation-queries.js'

export async function addTeam(tx: Tx, actor: Actor, input: TeamInput) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  await requireFreeName(tx, actor, 'team', input.name)
  await requireLive(tx, actor, 'region', input.region_id, 'region_id')
  await requireLive(tx, actor, 'user', input.manager_id, 'manager_id')

  const id = uuidv7()
  await sql`INSERT INTO team (tenant_id, id, name, region_id, manager_id)
    VALUES (${actor.tenantId}, ${id}, ${input.name},
      ${input.region_id ?? null}, ${input.manager_id ?? null})`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'team',
    recordId: id,
    action: 'create',
    changes: diff({}, input, ['name', 'region_id', 'manager_id']),
    reasonCode: 'team_added',
  })
  return requireTeam(tx, actor, id)
}
