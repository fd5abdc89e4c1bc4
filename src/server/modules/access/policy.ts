import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import type { RecordType, Values } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import type { AdminAction, RecordAction } from './abilities.js'
import type { Actor } from './actor.js'

// The one place that decides who may see and change what. Every read path
// asks `visibleRows` (a SQL predicate for lists) or `canSee` (one record),
// and every write path asks `requireRecordAction`. Tenant row-level
// security stays underneath as a second wall.

export function allowsRecordAction(
  actor: Actor,
  _action: RecordAction,
  _type: RecordType,
): boolean {
  return actor.role === 'admin' || actor.role === 'member'
}

export function requireRecordAction(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
): void {
  if (!allowsRecordAction(actor, action, type)) {
    throw new AppError('forbidden', {
      detail: `You may not ${action.replace('_', ' ')} ${type.labelPlural}`,
    })
  }
}

export function requireAdminAction(actor: Actor, action: AdminAction): void {
  if (actor.role !== 'admin') {
    throw new AppError('forbidden', {
      detail: `Only an administrator may ${action.replace('_', ' ')}`,
    })
  }
}

/**
 * A predicate over the `t` alias selecting the rows of this type the actor
 * may see (a custom object's records share a table with other objects').
 */
export function visibleRows(
  actor: Actor,
  type: RecordType,
): RawBuilder<unknown> {
  if (!allowsRecordAction(actor, 'view', type)) return sql`false`
  return sql`t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}`
}

/** The single-record answer that agrees with `visibleRows`. */
export function canSee(actor: Actor, type: RecordType, row: Values): boolean {
  const scope = type.scope
  return (
    allowsRecordAction(actor, 'view', type) &&
    row.tenant_id === actor.tenantId &&
    (!scope || row[scope.column] === scope.value)
  )
}
