import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { lockOrganisation, recordChange } from './organisation-change.js'
import { requireTeam } from './organisation-queries.js'

function members(count: number) {
  return count === 1 ? '1 user is a member' : `${count} users are members`
}

/** Retires an empty team; its members must move to another one first. */
export async function retireTeam(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  const team = await requireTeam(tx, actor, id)
  if (team.member_count > 0) {
    throw new AppError('conflict', {
      detail: `${members(team.member_count)} of ${team.name}; move them to another team first`,
    })
  }

  await sql`UPDATE team SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await recordChange(tx, actor, {
    recordType: 'team',
    recordId: id,
    action: 'delete',
    changes: { name: { from: team.name, to: null } },
    reasonCode: 'team_retired',
  })
}
