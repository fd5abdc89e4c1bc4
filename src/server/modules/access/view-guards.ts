import { type RawBuilder, sql } from 'kysely'
import type { RecordType, Values } from '../records/record-type.js'
import type { Actor } from './actor.js'
import { rightsOf } from './actor-rights.js'
import { conditionSql } from './condition-sql.js'
import { meets } from './conditions.js'
import type { ViewGuard } from './rights.js'

// View guards keep records that meet a condition to users who reach their
// owner in a narrower way; the policy adds them to every read, in SQL for
// lists and on the row for one record, with the same meaning.

export function guardsOf(actor: Actor, type: RecordType): ViewGuard[] {
  return rightsOf(actor).viewGuards.filter((g) => g.recordType === type.name)
}

const lookup = (g: ViewGuard) => (name: string) =>
  g.fields.find((f) => f.name === name)

/** The owners whose records a guard lets the actor see. */
function guardOwners(actor: Actor, g: ViewGuard): string[] {
  const { reach } = rightsOf(actor)
  return g.within === 'own' ? [reach.me ?? ''] : (reach[g.within] ?? [])
}

/** SQL: whether the `t` record's owner is within a guard's reach. */
function withinSql(actor: Actor, g: ViewGuard) {
  const owners = guardOwners(actor, g)
  if (owners.length === 0) return sql`false`
  return sql`coalesce(t.owner_id = ANY(${owners}::uuid[]), false)`
}

function withinHolds(actor: Actor, g: ViewGuard, row: Values) {
  const owners = guardOwners(actor, g)
  return row.owner_id != null && owners.includes(String(row.owner_id))
}

/** SQL: the view guards on the type that the `t` record passes. */
export function guardsSql(actor: Actor, type: RecordType): RawBuilder<unknown> {
  const parts = guardsOf(actor, type).map(
    (g) =>
      sql`NOT (${conditionSql(g.when, lookup(g))} AND NOT ${withinSql(actor, g)})`,
  )
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`
}

/** The view guards on the type that stop the actor seeing this record. */
export function blockingViewGuards(
  actor: Actor,
  type: RecordType,
  row: Values,
): ViewGuard[] {
  return guardsOf(actor, type).filter(
    (g) => meets(g.when, row, lookup(g)) && !withinHolds(actor, g, row),
  )
}
