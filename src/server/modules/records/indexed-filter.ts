import { type RawBuilder, sql } from 'kysely'
import type { FieldDescriptor, FieldType } from '../../../shared/record-type.js'
import type { Actor } from '../access/actor.js'
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
 * row-level security. Undefined when the index cannot answer it (then the
 * caller filters the stored values directly).
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
  const column = sql.ref(numeric ? 'i.number_value' : 'i.text_value')
  const text = values.map((v) => (Array.isArray(v) ? v[0] : v)).map(String)
  let match: RawBuilder<unknown>
  if (op === 'eq' || op === 'in') {
    match = sql`${column} IN (${sql.join(text)})`
  } else if (numeric && op in RANGE) {
    match = sql`${column} ${sql.raw(RANGE[op])} ${text[0]}::numeric`
  } else {
    return undefined
  }
  return sql`t.id IN (SELECT i.record_id FROM custom_value_index i
    WHERE i.tenant_id = ${actor.tenantId} AND i.record_type = ${type.name}
      AND i.field = ${f.name} AND ${match})`
}
