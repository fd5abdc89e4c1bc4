import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import type { Cursor } from './cursor.js'
import type { RecordType } from './record-type.js'

export interface Sort {
  field: string
  descending: boolean
}

export function parseSort(type: RecordType, text: string | undefined): Sort {
  const spec = text || type.defaultSort
  const descending = spec.startsWith('-')
  const field = descending ? spec.slice(1) : spec
  const known = type.fields.some((f) => f.name === field && f.sortable)
  if (!known && field !== 'id') {
    throw new AppError('bad_request', {
      detail: `${type.labelPlural} cannot be sorted by "${field}"`,
    })
  }
  return { field, descending }
}

/** ORDER BY that is total: ties on the sort column are broken by id. */
export function orderBy(sort: Sort): RawBuilder<unknown> {
  const dir = sql.raw(sort.descending ? 'DESC' : 'ASC')
  if (sort.field === 'id') return sql`t.id ${dir}`
  return sql`${sql.ref(`t.${sort.field}`)} ${dir} NULLS LAST, t.id ${dir}`
}

/**
 * Rows strictly after the cursor in `orderBy` order. NULLs sort last in
 * both directions, so a cursor on a NULL value continues among the NULLs.
 */
export function afterCursor(sort: Sort, cursor: Cursor): RawBuilder<unknown> {
  const beyond = sql.raw(sort.descending ? '<' : '>')
  if (sort.field === 'id') return sql`t.id ${beyond} ${cursor.id}`

  const column = sql.ref(`t.${sort.field}`)
  if (cursor.value === null) {
    return sql`(${column} IS NULL AND t.id ${beyond} ${cursor.id})`
  }
  return sql`(${column} ${beyond} ${cursor.value}
    OR (${column} = ${cursor.value} AND t.id ${beyond} ${cursor.id})
    OR ${column} IS NULL)`
}
