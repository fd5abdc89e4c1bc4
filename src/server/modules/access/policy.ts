import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import type { RecordType, Values } from '../records/record-type.js'
import { findRecordType } from '../records/registry.js'
import { scopeSql } from '../records/type-scope.js'
import type { AdminAction, RecordAction } from './abilities.js'
import type { Actor } from './actor.js'
import { rightsOf } from './actor-rights.js'
import { type Decision, decide } from './rights.js'
import { blockingViewGuards, guardsOf, guardsSql } from './view-guards.js'

// The one place that decides who may see and change what. Every read path
// asks `visibleRows` (a SQL predicate for lists) or `canSee` (one record),
// and every write path asks `requireRecordAction` and `requireRowAction`.
// Both compile the actor's roles to the same decision: everyone's records,
// or those owned by a set of users (or created by the actor). Tenant
// row-level security stays underneath as a second wall.

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

/**
 * The column that says whose a record is: its owner, or on a type without
 * one (products) its creator, so a rep's `own` grant changes the products
 * they added and not the whole catalogue. Links have neither and are
 * reached by any grant, seen with their ends.
 */
function whoseColumn(type: RecordType): 'owner_id' | 'created_by_id' | null {
  if (hasOwner(type)) return 'owner_id'
  return hasCreator(type) ? 'created_by_id' : null
}

/**
 * The key under which a stored row read for a check carries what is
 * shared of it with the actor: 'edit', 'read' or null.
 */
export const SHARE_KEY = '__share'

/** The SQL form of a decision over the `t` alias. */
function decisionSql(
  d: Decision,
  type: RecordType,
  actor: Actor,
): RawBuilder<unknown> {
  const whose = whoseColumn(type)
  if (d.all || (reaches(d) && !whose)) return sql`true`
  const parts: RawBuilder<unknown>[] = []
  if (d.ownerIds.length > 0 && whose) {
    parts.push(sql`${sql.ref(`t.${whose}`)} = ANY(${d.ownerIds}::uuid[])`)
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
  const whose = whoseColumn(type)
  if (d.all || (reaches(d) && !whose)) return true
  const owner = whose ? row[whose] : null
  if (owner && d.ownerIds.includes(String(owner))) return true
  return (
    d.creator && row.created_by_id != null && row.created_by_id === actor.userId
  )
}

// A share widens whose records a user reaches, never what they may do: it
// counts only where a role grants the action on the type at some scope,
// and only for seeing (read or edit shares) and changing (edit shares).
function sharesCount(actor: Actor, type: RecordType, d: Decision) {
  return reaches(d) && !d.all && rightsOf(actor).sharedTypes.has(type.name)
}

/** SQL: a live share of the `t` record with the actor or their team. */
function shareSql(actor: Actor, type: RecordType, edit: boolean) {
  const { reach } = rightsOf(actor)
  return sql`EXISTS (SELECT 1 FROM record_share s
    WHERE s.tenant_id = t.tenant_id AND s.record_type = ${type.name}
      AND s.record_id = t.id
      AND (s.user_id = ${reach.me} OR s.team_id = ${reach.teamId})
      AND (s.expires_at IS NULL OR s.expires_at > now())
      ${edit ? sql`AND s.access = 'edit'` : sql``})`
}

/** SQL selecting what is shared of the `t` record with the actor. */
export function shareAccessSql(
  actor: Actor,
  type: RecordType,
): RawBuilder<unknown> {
  if (!rightsOf(actor).sharedTypes.has(type.name)) return sql`NULL::text`
  return sql`CASE WHEN ${shareSql(actor, type, true)} THEN 'edit'
    WHEN ${shareSql(actor, type, false)} THEN 'read' END`
}

function sharedHolds(action: RecordAction, row: Values) {
  const share = row[SHARE_KEY]
  if (action === 'view') return share === 'edit' || share === 'read'
  return action === 'edit' && share === 'edit'
}

/** Whether the actor sees every record of the type: no predicate needed. */
export function seesEveryRecord(actor: Actor, type: RecordType): boolean {
  return (
    decision(actor, 'view', type).all &&
    guardsOf(actor, type).length === 0 &&
    linkEnds(type).every(({ end }) => seesEveryRecord(actor, end))
  )
}

/**
 * The records a link joins (a contact and an account, a deal and a
 * product): a type with no owner of its own whose required references
 * point at record types. It is seen with its ends, so a related list
 * names and counts no record beyond the reader's reach.
 */
function linkEnds(type: RecordType) {
  if (hasOwner(type)) return []
  return type.fields.flatMap((field) => {
    const target = field.type === 'ref' && field.required && field.ref
    const end = target ? findRecordType(target) : undefined
    return end ? [{ column: field.name, end }] : []
  })
}

/** SQL: both ends of the `t` link are within the actor's sight. */
function linkEndsSql(actor: Actor, type: RecordType): RawBuilder<unknown> {
  // The inner `t` is the end's row; the column on the left is the link's.
  const parts = linkEnds(type).map(
    ({ column, end }) => sql`${sql.ref(`t.${column}`)} IN (
      SELECT t.id FROM ${sql.table(end.table)} t
      WHERE ${visibleRows(actor, end)})`,
  )
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`
}

/**
 * A predicate over the `t` alias selecting the rows of this type the actor
 * may see (a custom object's records share a table with other objects').
 */
export function visibleRows(
  actor: Actor,
  type: RecordType,
): RawBuilder<unknown> {
  return sql`t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}
    AND ${reachedSql(actor, 'view', type)} AND ${guardsSql(actor, type)}
    AND ${linkEndsSql(actor, type)}`
}

/** SQL: the `t` records a role or a share lets the actor see or edit. */
function reachedSql(actor: Actor, action: 'view' | 'edit', type: RecordType) {
  const d = decision(actor, action, type)
  return sharesCount(actor, type, d)
    ? sql`(${decisionSql(d, type, actor)} OR ${shareSql(actor, type, action === 'edit')})`
    : decisionSql(d, type, actor)
}

/** The `t` records of the type the actor may see and change. */
export function editableRows(
  actor: Actor,
  type: RecordType,
): RawBuilder<unknown> {
  return sql`${visibleRows(actor, type)} AND ${reachedSql(actor, 'edit', type)}`
}

/**
 * The ends of a link that own it: the records with an owner it joins (a
 * deal for its product lines, a contact and an account for the link
 * between them). A catalogue end, such as a product, only needs seeing.
 */
export function owningEnds(type: RecordType) {
  return linkEnds(type).filter(({ end }) => hasOwner(end))
}

/** The single-record answer that agrees with `visibleRows`. */
export function canSee(actor: Actor, type: RecordType, row: Values): boolean {
  return allowsOnRow(actor, 'view', type, row)
}

/**
 * Whether the actor may take an action on one stored record, read with
 * its share (`SHARE_KEY`) when shares may widen the answer.
 */
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
  const d = decision(actor, action, type)
  const reached =
    decisionHolds(d, type, actor, row) ||
    (sharesCount(actor, type, d) && sharedHolds(action, row))
  if (!reached) return false
  return action !== 'view' || blockingViewGuards(actor, type, row).length === 0
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
