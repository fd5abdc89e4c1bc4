import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import type { Cursor } from './cursor.js'
import { fieldSql } from './field-sql.js'
import type { RecordType } from './record-type.js'

export interface Sort {
  field: string
  descending: boolean
  /** The sorted value in SQL: a column, or a custom field's cast. */
  value: RawBuilder<unknown>
  /** Whether the value may be NULL; a NOT NULL column sorts as indexed. */
  nullable: boolean
}

export function parseSort(type: RecordType, text: string | undefined): Sort {
  const spec = text || type.defaultSort
  const descending = spec.startsWith('-')
  const field = descending ? spec.slice(1) : spec
  if (field === 'id') {
    return { field, descending, value: sql.ref('t.id'), nullable: false }
  }
  const known = type.fields.find((f) => f.name === field && f.sortable)
  if (!known) {
    throw new AppError('bad_request', {
      detail: `${type.labelPlural} cannot be sorted by "${field}"`,
    })
  }
  // Built-in columns that are NOT NULL need no NULLS LAST, so an index on
  // (tenant_id, column, id) serves the order read in either direction.
  const nullable = Boolean(known.custom || !(known.required || known.notNull))
  return { field, descending, value: fieldSql(known), nullable }
}

/** ORDER BY that is total: ties on the sort column are broken by id. */
export function orderBy(sort: Sort): RawBuilder<unknown> {
  const dir = sql.raw(sort.descending ? 'DESC' : 'ASC')
  if (sort.field === 'id') return sql`t.id ${dir}`
  if (!sort.nullable) return sql`${sort.value} ${dir}, t.id ${dir}`
  return sql`${sort.value} ${dir} NULLS LAST, t.id ${dir}`
}

/**
 * Rows strictly after the cursor in `orderBy` order. NULLs sort last in
 * both directions, so a cursor on a NULL value continues among the NULLs.
 */
export function afterCursor(sort: Sort, cursor: Cursor): RawBuilder<unknown> {
  const beyond = sql.raw(sort.descending ? '<' : '>')
  if (sort.field === 'id') return sql`t.id ${beyond} ${cursor.id}`

  const column = sort.value
  if (cursor.value === null) {
    return sql`(${column} IS NULL AND t.id ${beyond} ${cursor.id})`
  }
  const nulls = sort.nullable ? sql`OR ${column} IS NULL` : sql``
  return sql`(${column} ${beyond} ${cursor.value}
    OR (${column} = ${cursor.value} AND t.id ${beyond} ${cursor.id})
    ${nulls})`
}
