import { sql } from 'kysely'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { RecordType } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'

const NUMERIC = ['integer', 'decimal', 'money', 'percent']

/**
 * Rebuilds a field's entries in the value index from the stored values,
 * in one statement, or drops them when the field is no longer indexed.
 */
export async function rebuildValueIndex(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  field: FieldDescriptor,
) {
  await sql`
    DELETE FROM custom_value_index
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND field = ${field.name}`.execute(tx)
  if (!field.indexed) return
  const values =
    field.type === 'multiselect' || field.type === 'refs'
      ? sql`jsonb_array_elements_text(t.custom -> ${field.name})`
      : sql`t.custom ->> ${field.name}`
  const number = NUMERIC.includes(field.type) ? sql`v.value::float8` : sql`null`
  await sql`
    INSERT INTO custom_value_index
      (tenant_id, record_type, field, record_id, text_value, number_value)
    SELECT t.tenant_id, ${type.name}, ${field.name}, t.id, v.value, ${number}
    FROM ${sql.table(type.table)} t
    CROSS JOIN LATERAL (SELECT ${values} AS value) v
    WHERE t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}
      AND jsonb_typeof(t.custom -> ${field.name}) IN
        ('string', 'number', 'boolean', 'array')
      AND v.value IS NOT NULL`.execute(tx)
}
