import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { requireSomeoneManagesUsers } from '../access/require-user-manager.js'
import { diff } from '../audit/write-audit.js'
import { endUserSessions } from '../auth/sessions.js'
import { requireUser, type UserSummary } from '../users/user-queries.js'
import { requireNoManagerCycle } from './manager-chain.js'
import {
  lockOrganisation,
  recordChange,
  requireLive,
} from './organisation-change.js'
import type { UserChange } from './organisation-input.js'

const FIELDS = ['name', 'title', 'role', 'status', 'team_id', 'manager_id']

/** An administrator keeps their own access: someone else must take it. */
function requireKeepsOwnAccess(
  actor: Actor,
  user: UserSummary,
  change: UserChange,
) {
  if (actor.userId !== user.id) return
  if (change.role === 'member' && user.role === 'admin') {
    throw fieldError('role', 'You cannot demote yourself')
  }
  if (change.status === 'disabled') {
    throw fieldError('status', 'You cannot disable yourself')
  }
}

async function requireValidChange(
  tx: Tx,
  actor: Actor,
  user: UserSummary,
  change: UserChange,
) {
  requireKeepsOwnAccess(actor, user, change)
  if (change.status === 'active' && user.status === 'invited') {
    throw fieldError('status', 'Set a password to activate an invited user')
  }
  await requireLive(tx, actor, 'team', change.team_id, 'team_id')
  await requireLive(tx, actor, 'user', change.manager_id, 'manager_id')
  if (change.manager_id) {
    await requireNoManagerCycle(tx, actor, user, change.manager_id)
  }
}

/**
 * Changes a user's name, title, workspace role, status, team or manager.
 * Disabling a user ends their sessions; their API tokens stop working
 * while they stay disabled.
 */
export async function changeUser(
  tx: Tx,
  actor: Actor,
  id: string,
  change: UserChange,
) {
  requireAdminAction(actor, 'manage_users')
  await lockOrganisation(tx, actor)
  const before = await requireUser(tx, actor, id)
  await requireValidChange(tx, actor, before, change)

  const title = change.title === undefined ? before.title : change.title || null
  const after = { ...before, ...change, title }
  const changes = diff(before, after, FIELDS)
  if (Object.keys(changes).length === 0) return before

  await sql`UPDATE app_user SET name = ${after.name}, title = ${after.title},
      role = ${after.role}, status = ${after.status},
      team_id = ${after.team_id}, manager_id = ${after.manager_id},
      updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  if (changes.role || changes.status || changes.team_id) {
    await requireSomeoneManagesUsers(tx, actor)
  }
  if (changes.status && after.status === 'disabled') {
    await endUserSessions(tx, actor.tenantId, id)
  }
  await recordChange(tx, actor, {
    recordType: 'user',
    recordId: id,
    action: 'update',
    changes,
    reasonCode: 'user_changed',
  })
  return requireUser(tx, actor, id)
}
