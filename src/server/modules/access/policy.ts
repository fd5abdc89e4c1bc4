import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import type { RecordType, Values } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import type { AdminAction, RecordAction } from './abilities.js'
import type { Actor } from './actor.js'
import { systemRights } from './load-rights.js'
import { type Decision, decide, type Rights } from './rights.js'

// The one place that decides who may see and change what. Every read path
// asks `visibleRows` (a SQL predicate for lists) or `canSee` (one record),
// and every write path asks `requireRecordAction` and `requireRowAction`.
// Both compile the actor's roles to the same decision: everyone's records,
// or those owned by a set of users (or created by the actor). Tenant
// row-level security stays underneath as a second wall.

function rightsOf(actor: Actor): Rights {
  if (actor.rights) return actor.rights
  if (actor.via === 'system') return systemRights()
  throw new Error('Rights are loaded with the tenant transaction')
}

/** The actor's reach for one action on one record type. */
export function decision(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
): Decision {
  return decide(rightsOf(actor), type.name, action)
}

function reaches(d: Decision) {
  return d.all || d.ownerIds.length > 0 || d.creator
}

export function allowsRecordAction(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
): boolean {
  return reaches(decision(actor, action, type))
}

function words(action: RecordAction | AdminAction) {
  return action.replace('_', ' ')
}

export function requireRecordAction(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
): void {
  if (!allowsRecordAction(actor, action, type)) {
    throw new AppError('forbidden', {
      detail: `You may not ${words(action)} ${type.labelPlural}`,
    })
  }
}

export function requireAdminAction(actor: Actor, action: AdminAction): void {
  if (!rightsOf(actor).abilities.has(action)) {
    throw new AppError('forbidden', {
      detail: `Only an administrator may ${words(action)}`,
    })
  }
}

const hasOwner = (type: RecordType) =>
  type.fields.some((f) => f.name === 'owner_id')
const hasCreator = (type: RecordType) =>
  type.fields.some((f) => f.name === 'created_by_id')

/** The SQL form of a decision over the `t` alias. */
function decisionSql(
  d: Decision,
  type: RecordType,
  actor: Actor,
): RawBuilder<unknown> {
  // Records nobody owns (products, links) are reached by any grant.
  if (d.all || (reaches(d) && !hasOwner(type))) return sql`true`
  const parts: RawBuilder<unknown>[] = []
  if (d.ownerIds.length > 0) {
    parts.push(sql`t.owner_id = ANY(${d.ownerIds}::uuid[])`)
  }
  if (d.creator && hasCreator(type) && actor.userId) {
    parts.push(sql`t.created_by_id = ${actor.userId}`)
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`
}

/** The same decision for one stored record. */
function decisionHolds(
  d: Decision,
  type: RecordType,
  actor: Actor,
  row: Values,
): boolean {
  if (d.all || (reaches(d) && !hasOwner(type))) return true
  if (row.owner_id && d.ownerIds.includes(String(row.owner_id))) return true
  return (
    d.creator && row.created_by_id != null && row.created_by_id === actor.userId
  )
}

/**
 * A predicate over the `t` alias selecting the rows of this type the actor
 * may see (a custom object's records share a table with other objects').
 */
export function visibleRows(
  actor: Actor,
  type: RecordType,
): RawBuilder<unknown> {
  const d = decision(actor, 'view', type)
  return sql`t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}
    AND ${decisionSql(d, type, actor)}`
}

/** The single-record answer that agrees with `visibleRows`. */
export function canSee(actor: Actor, type: RecordType, row: Values): boolean {
  return allowsOnRow(actor, 'view', type, row)
}

/** Whether the actor may take an action on one stored record. */
export function allowsOnRow(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
  row: Values,
): boolean {
  const scope = type.scope
  if (row.tenant_id !== undefined && row.tenant_id !== actor.tenantId) {
    return false
  }
  if (scope && row[scope.column] !== undefined) {
    if (row[scope.column] !== scope.value) return false
  }
  return decisionHolds(decision(actor, action, type), type, actor, row)
}

/** Refuses an action on a record the actor may see but not change. */
export function requireRowAction(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
  row: Values,
): void {
  if (!allowsOnRow(actor, action, type, row)) {
    throw new AppError('forbidden', {
      detail: `You may not ${words(action)} this ${type.label.toLowerCase()}`,
    })
  }
}
