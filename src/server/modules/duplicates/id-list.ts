import { type RawBuilder, sql } from 'kysely'

/**
 * `IN (SELECT unnest(ids))` rather than `= ANY(ids)`: on a table loaded
 * moments ago, with no statistics yet, the planner may scan it and test
 * every row against the whole array, which grows with the square of a
 * bulk load; as a join it stays linear.
 */
export function inIds(ids: string[]): RawBuilder<unknown> {
  return sql`IN (SELECT unnest(${ids}::uuid[]))`
}
