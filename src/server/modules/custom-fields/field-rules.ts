import { sql } from 'kysely'
import type { FieldType } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { fieldSql } from '../records/field-sql.js'
import type { RecordType, Values } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'

/** A new record's input with the defaults of the fields it leaves out. */
export function withDefaults(type: RecordType, input: Values): Values {
  const out = { ...input }
  for (const f of type.fields) {
    if (f.defaultValue !== undefined && !(f.name in out)) {
      out[f.name] = f.defaultValue
    }
  }
  return out
}

/**
 * Refuses a value a unique field already holds on another live record of
 * the type, whoever may see that record. The lock makes two writers of the
 * same value take turns, so both cannot pass the check.
 */
export async function checkUnique(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  values: Values,
  id?: string,
): Promise<void> {
  for (const f of type.fields) {
    const value = values[f.name]
    if (!f.unique || value === null || value === undefined) continue
    const key = `${actor.tenantId}:${type.name}:${f.name}`
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(
      tx,
    )
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(type.table)} t
      WHERE t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}
        AND t.deleted_at IS NULL AND ${fieldSql(f)} = ${value}
        ${id ? sql`AND t.id <> ${id}` : sql``}
      LIMIT 1`.execute(tx)
    if (rows.length > 0) {
      throw fieldError(f.name, `Another record already has this ${f.label}`)
    }
  }
}

const NUMERIC: FieldType[] = ['integer', 'decimal', 'money', 'percent']

/**
 * Keeps the value index of indexed fields in step with a record's values,
 * in the writing transaction.
 */
export async function syncValueIndex(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  values: Values,
): Promise<void> {
  const fields = type.fields.filter((f) => f.indexed && f.name in values)
  if (fields.length === 0) return
  await sql`
    DELETE FROM custom_value_index
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND record_id = ${id}
      AND field IN (${sql.join(fields.map((f) => f.name))})`.execute(tx)
  const rows = fields.flatMap((f) => {
    const value = values[f.name]
    if (value === null || value === undefined) return []
    const each = Array.isArray(value) ? value : [value]
    return each.map(
      (v) =>
        sql`(${actor.tenantId}, ${type.name}, ${f.name}, ${id}, ${String(v)},
          ${NUMERIC.includes(f.type) ? String(v) : null}::float8)`,
    )
  })
  if (rows.length === 0) return
  await sql`
    INSERT INTO custom_value_index
      (tenant_id, record_type, field, record_id, text_value, number_value)
    VALUES ${sql.join(rows)}`.execute(tx)
}
