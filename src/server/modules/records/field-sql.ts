import { type RawBuilder, sql } from 'kysely'
import type { FieldDescriptor, FieldType } from '../../../shared/record-type.js'

// Custom values live in the record's `custom` jsonb as JSON text, numbers
// and booleans; read back through these casts they come out exactly like
// built-in columns of the same type.
const CASTS: Partial<Record<FieldType, string>> = {
  integer: 'integer',
  percent: 'integer',
  decimal: 'numeric',
  money: 'numeric',
  date: 'date',
  datetime: 'timestamptz',
  boolean: 'boolean',
}

/** The SQL for a field's value on the `t` alias. */
export function fieldSql(field: FieldDescriptor): RawBuilder<unknown> {
  if (!field.custom) return sql.ref(`t.${field.name}`)
  if (field.type === 'multiselect') {
    // A cleared set is stored as JSON null, which reads as SQL NULL here.
    return sql`nullif(t.custom -> ${field.name}, 'null'::jsonb)`
  }
  const cast = CASTS[field.type] ?? 'text'
  return sql`(t.custom ->> ${field.name})::${sql.raw(cast)}`
}
