import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import { RECORD_ACTIONS, type RecordAction } from './abilities.js'
import type { Actor, UserRole } from './actor.js'
import { blockingRules, listGuardRules } from './guard-rules.js'
import { loadRights } from './load-rights.js'
import { allowsOnRow, requireAdminAction } from './policy.js'
import { decide, type LoadedGrant, type Rights } from './rights.js'

interface Explained {
  allowed: boolean
  because: Reason[]
  /** Guard rules that stop the action (on some fields, when they say so). */
  guards: { name: string; fields: string[] | null; why: string }[]
}

interface Reason {
  role: string
  recordType: string
  scope: string
  matches: boolean
  why: string
}

function reasonFor(
  g: LoadedGrant,
  rights: Rights,
  row: Values,
  type: RecordType,
): Reason {
  const owner = row.owner_id ? String(row.owner_id) : null
  const base = { role: g.roleName, recordType: g.recordType, scope: g.scope }
  const ownerless = !type.fields.some((f) => f.name === 'owner_id')
  if (g.scope === 'all' || ownerless) {
    return { ...base, matches: true, why: 'reaches every record of the type' }
  }
  if (g.scope === 'own') {
    const mine =
      owner === rights.reach.me || row.created_by_id === rights.reach.me
    return {
      ...base,
      matches: mine,
      why: mine
        ? 'the user owns or created this record'
        : 'the user neither owns nor created this record',
    }
  }
  const within =
    owner !== null && rights.reach[g.scope as 'team'].includes(owner)
  const whose = { team: 'team', region: 'region', manager: 'reports' }[
    g.scope as 'team' | 'region' | 'manager'
  ]
  return {
    ...base,
    matches: within,
    why: within
      ? `the owner is within the user's ${whose}`
      : `the owner is outside the user's ${whose}`,
  }
}

async function subject(tx: Tx, actor: Actor, userId: string): Promise<Actor> {
  if (userId === actor.userId) return actor
  requireAdminAction(actor, 'manage_users')
  const { rows } = await sql<{ role: UserRole }>`
    SELECT role FROM app_user WHERE tenant_id = ${actor.tenantId}
      AND id = ${userId} AND deleted_at IS NULL`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No user ${userId}` })
  const other: Actor = {
    tenantId: actor.tenantId,
    userId,
    role: rows[0].role,
    via: 'session',
  }
  other.rights = await loadRights(tx, other)
  return other
}

/**
 * Why a user may or may not see and change a record: their roles, each
 * role's rule for the record's type and action, and whether it reaches
 * this record. The asker must see the record; asking about someone else
 * takes the right to manage users.
 */
export async function explainAccess(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  userId = actor.userId ?? '',
) {
  await requireRow(tx, actor, type, id)
  const who = await subject(tx, actor, userId)
  const rights = who.rights as Rights
  const { rows } = await sql<Values>`
    SELECT t.* FROM ${sql.table(type.table)} t
    WHERE t.tenant_id = ${actor.tenantId} AND t.id = ${id}
      AND ${scopeSql(type.scope, 't')}`.execute(tx)
  const row = rows[0]
  const rules = await listGuardRules(tx, actor, type.name)
  const actions: Record<string, Explained> = {}
  for (const action of RECORD_ACTIONS as readonly RecordAction[]) {
    const d = decide(rights, type.name, action)
    const guarded =
      action === 'edit' || action === 'delete'
        ? blockingRules(rules, who, action, row)
        : []
    actions[action] = {
      allowed:
        allowsOnRow(who, action, type, row) &&
        !guarded.some((rule) => !rule.fields),
      because: d.because.map((g) => reasonFor(g, rights, row, type)),
      guards: guarded.map((rule) => ({
        name: rule.name,
        fields: rule.fields,
        why: rule.fields
          ? `the record meets the guard's condition: only ${rule.exceptRoles.join(', ') || 'nobody'} may change ${rule.fields.join(', ')}`
          : `the record meets the guard's condition: only ${rule.exceptRoles.join(', ') || 'nobody'} may ${action} it`,
      })),
    }
  }
  return {
    userId,
    roles: rights.roles,
    record: { id, ownerId: row.owner_id ?? null },
    actions,
  }
}
