import { type RawBuilder, sql } from 'kysely'
import type { FieldDescriptor, FieldType } from '../../../shared/record-type.js'
import type { Actor } from '../access/actor.js'
import { fieldSql } from './field-sql.js'
import type { RecordType } from './record-type.js'

const NUMERIC: FieldType[] = ['integer', 'decimal', 'money', 'percent']
const RANGE: Record<string, string> = {
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
}

/**
 * A filter on an indexed custom field, answered from the value index with
 * plain column comparisons that PostgreSQL may use an index for under
 * row-level security. Numbers are indexed as double precision, whose
 * rounding keeps order, so the index gives a superset (strict comparisons
 * widened) and the exact value is checked on the record. Undefined when
 * the index cannot answer (the caller filters stored values directly).
 */
export function indexedCondition(
  type: RecordType,
  f: FieldDescriptor,
  op: string,
  values: unknown[],
  actor: Actor,
): RawBuilder<unknown> | undefined {
  if (!f.indexed || !f.custom) return undefined
  const numeric = NUMERIC.includes(f.type)
  const text = values
    .map((v) => (Array.isArray(v) ? v[0] : v))
    .map((v) =>
      f.type.startsWith('ref') ? String(v).toLowerCase() : String(v),
    )
  const list = op === 'eq' || op === 'in'
  if (!list && !(numeric && Object.hasOwn(RANGE, op))) return undefined
  const inIndex = (match: RawBuilder<unknown>) =>
    sql`t.id IN (SELECT i.record_id FROM custom_value_index i
      WHERE i.tenant_id = ${actor.tenantId} AND i.record_type = ${type.name}
        AND i.field = ${f.name} AND ${match})`
  if (!numeric) return inIndex(sql`i.text_value IN (${sql.join(text)})`)

  const exact = fieldSql(f)
  if (list) {
    const floats = sql.join(text.map((v) => sql`${v}::float8`))
    return sql`(${inIndex(sql`i.number_value IN (${floats})`)}
      AND ${exact} IN (${sql.join(text.map((v) => sql`${v}::numeric`))}))`
  }
  const wide = RANGE[op].replace(/^([<>])$/, '$1=')
  return sql`(${inIndex(sql`i.number_value ${sql.raw(wide)} ${text[0]}::float8`)}
    AND ${exact} ${sql.raw(RANGE[op])} ${text[0]}::numeric)`
}
