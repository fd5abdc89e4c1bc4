import { type RawBuilder, sql } from 'kysely'
import {
  type Cursor,
  decodeCursor,
  encodeCursor,
  instantField,
} from './cursor.js'

export interface KeysetPage<T> {
  data: T[]
  page: { limit: number; nextCursor: string | null }
}

/**
 * Cuts a page from rows fetched with LIMIT limit + 1: the extra row only
 * tells that another page follows, and the last row kept is its cursor.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => Cursor,
  present: (row: R) => T,
): KeysetPage<T> {
  const more = rows.length > limit
  const kept = more ? rows.slice(0, limit) : rows
  const last = kept.at(-1)
  return {
    data: kept.map(present),
    page: {
      limit,
      nextCursor: more && last ? encodeCursor(cursorOf(last)) : null,
    },
  }
}

/**
 * For feeds newest first, ordered by (time, id) descending: the rows
 * after the cursor, or no condition on the first page.
 */
export function beforeInstant(
  cursor: string | undefined,
  time: string,
  id: string,
): RawBuilder<unknown> {
  if (!cursor) return sql``
  const after = decodeCursor(cursor, instantField)
  return sql`AND (${sql.ref(time)}, ${sql.ref(id)})
    < (${after.value}::timestamptz, ${after.id}::uuid)`
}
