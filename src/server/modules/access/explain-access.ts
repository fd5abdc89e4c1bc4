import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { findRow, requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { RECORD_ACTIONS, type RecordAction } from './abilities.js'
import { type Actor, systemActor, type UserRole } from './actor.js'
import { blockingRules, type GuardRule, listGuardRules } from './guard-rules.js'
import { loadRights } from './load-rights.js'
import {
  allowsOnRow,
  requireAdminAction,
  SHARE_KEY,
  shareAccessSql,
} from './policy.js'
import {
  decide,
  type LoadedGrant,
  type Rights,
  type ViewGuard,
} from './rights.js'
import { blockingViewGuards } from './view-guards.js'

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
  const has = (name: string) => type.fields.some((f) => f.name === name)
  // Without an owner the creator says whose a record is, as in the policy.
  const holder = has('owner_id') ? row.owner_id : row.created_by_id
  const owner = holder ? String(holder) : null
  const base = { role: g.roleName, recordType: g.recordType, scope: g.scope }
  if (g.scope === 'all' || !(has('owner_id') || has('created_by_id'))) {
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

const WITHIN = {
  own: 'own records',
  team: 'team',
  region: 'region',
  manager: 'reports',
}

/** The record as stored, custom fields flat, with what is shared of it. */
async function storedRow(
  tx: Tx,
  who: Actor,
  type: RecordType,
  id: string,
): Promise<Values> {
  const system = systemActor(who.tenantId)
  const row = (await findRow(tx, system, type, id)) as Values
  const { rows } = await sql<{ share: string | null }>`
    SELECT ${shareAccessSql(who, type)} AS share
    FROM ${sql.table(type.table)} t
    WHERE t.tenant_id = ${who.tenantId} AND t.id = ${id}`.execute(tx)
  return { ...row, [SHARE_KEY]: rows[0]?.share ?? null }
}

function shareReason(action: RecordAction, row: Values): Reason | null {
  const share = row[SHARE_KEY]
  if (!share || (action !== 'view' && action !== 'edit')) return null
  const matches = action === 'view' || share === 'edit'
  return {
    role: 'Shared',
    recordType: '',
    scope: String(share),
    matches,
    why: matches
      ? `the record is shared with the user or their team (${share})`
      : 'the record is shared with the user for reading only',
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
const MEETS = "the record meets the guard's condition"

function viewGuardWhy(guard: ViewGuard): string {
  return `${MEETS}: only users whose ${WITHIN[guard.within]} includes its owner may see it`
}

function changeGuardWhy(rule: GuardRule, action: string): string {
  const who = rule.exceptRoles.join(', ') || 'nobody'
  const what = rule.fields ? `change ${rule.fields.join(', ')}` : `${action} it`
  return `${MEETS}: only ${who} may ${what}`
}

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
  const row = await storedRow(tx, who, type, id)
  const rules = await listGuardRules(tx, actor, type.name)
  const hidden = blockingViewGuards(who, type, row)
  const seen = allowsOnRow(who, 'view', type, row)
  const actions: Record<string, Explained> = {}
  for (const action of RECORD_ACTIONS as readonly RecordAction[]) {
    const d = decide(rights, type.name, action)
    const guarded =
      action === 'edit' || action === 'delete'
        ? blockingRules(rules, who, action, row, undefined, type)
        : []
    const because = d.because.map((g) => reasonFor(g, rights, row, type))
    const share = shareReason(action, row)
    if (share && because.length > 0) because.push(share)
    actions[action] = {
      allowed:
        seen &&
        allowsOnRow(who, action, type, row) &&
        !guarded.some((rule) => !rule.fields),
      because,
      guards: [
        ...hidden.map((g) => ({
          name: g.name,
          fields: null,
          why: viewGuardWhy(g),
        })),
        ...guarded.map((rule) => ({
          name: rule.name,
          fields: rule.fields,
          why: changeGuardWhy(rule, action),
        })),
      ],
    }
  }
  return {
    userId,
    roles: rights.roles,
    record: { id, ownerId: row.owner_id ?? null },
    actions,
  }
}
