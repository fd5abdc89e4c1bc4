import { type RawBuilder, sql } from 'kysely'
import { fieldSql } from '../records/field-sql.js'
import type { Comparison, Condition, FieldLookup } from './conditions.js'

const COMPARE = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }

function comparisonSql(c: Comparison, field: FieldLookup, alias: string) {
  const f = field(c.field)
  // A field the record type no longer has reads as absent, as in `meets`.
  const column = f ? fieldSql(f, alias) : sql`NULL`
  if (c.op === 'null') {
    return c.value === false
      ? sql`${column} IS NOT NULL`
      : sql`${column} IS NULL`
  }
  if (c.op === 'ne') return sql`${column} IS DISTINCT FROM ${c.value}`
  if (c.op === 'in') {
    const list = Array.isArray(c.value) ? c.value : []
    if (list.length === 0) return sql`false`
    return sql`coalesce(${column} IN (${sql.join(list)}), false)`
  }
  return sql`coalesce(${column} ${sql.raw(COMPARE[c.op])} ${c.value}, false)`
}

/**
 * The condition as a SQL predicate over a table alias that is true or
 * false, never null, for exactly the records `meets` says meet it.
 */
export function conditionSql(
  condition: Condition,
  field: FieldLookup,
  alias = 't',
): RawBuilder<unknown> {
  if ('all' in condition) {
    const parts = condition.all.map((c) => conditionSql(c, field, alias))
    return sql`(${sql.join(parts, sql` AND `)})`
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => conditionSql(c, field, alias))
    return sql`(${sql.join(parts, sql` OR `)})`
  }
  if ('not' in condition) {
    return sql`NOT ${conditionSql(condition.not, field, alias)}`
  }
  return sql`(${comparisonSql(condition, field, alias)})`
}
