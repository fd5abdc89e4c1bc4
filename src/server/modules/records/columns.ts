import { type RawBuilder, sql } from 'kysely'
import { AppError } from '../../platform/http/errors.js'
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

export function selectList(names: string[]): RawBuilder<unknown> {
  const columns = ['id', 'deleted_at', ...new Set(names)]
  return sql.join([...new Set(columns)].map((n) => sql.ref(`t.${n}`)))
}
