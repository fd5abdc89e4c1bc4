import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
import { fieldSql } from './field-sql.js'
import { splitList } from './list-params.js'
import type { RecordType } from './record-type.js'

/** The columns to read: every field, or the sparse fieldset asked for. */
export function selectedFields(type: RecordType, fields?: string): string[] {
  const wanted = splitList(fields)
  if (wanted.length === 0) return type.fields.map((f) => f.name)
  const unknown = wanted.filter(
    (name) => !type.fields.some((f) => f.name === name),
  )
  if (unknown.length > 0) {
    throw new AppError('bad_request', {
      detail: `Unknown fields for ${type.labelPlural}: ${unknown.join(', ')}`,
    })
  }
  return wanted
}

/** The SELECT list for these fields, custom ones read from `custom`. */
export function selectList(
  type: RecordType,
  names: string[],
): RawBuilder<unknown> {
  const columns = [...new Set(['id', 'deleted_at', ...names])]
  return sql.join(
    columns.map((name) => {
      const field = [...type.fields, ...(type.withheld ?? [])].find(
        (f) => f.name === name,
      )
      if (!field?.custom) return sql.ref(`t.${name}`)
      return sql`${fieldSql(field)} AS ${sql.id(name)}`
    }),
  )
}
