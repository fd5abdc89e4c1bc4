import { sql } from 'kysely'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import type { RecordType } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import { rebuildValueIndex } from './rebuild-value-index.js'

/**
 * A new required field must not leave existing records without a value:
 * with a default they all get it, in one statement; without one, the
 * field is refused while records exist. Returns how many were filled.
 */
export async function fillNewField(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  field: FieldDescriptor,
): Promise<number> {
  if (!field.required || field.computed) return 0
  const where = sql`t.tenant_id = ${actor.tenantId}
    AND ${scopeSql(type.scope, 't')}`
  if (field.defaultValue === undefined) {
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(type.table)} t
      WHERE ${where} AND t.deleted_at IS NULL LIMIT 1`.execute(tx)
    if (rows.length === 0) return 0
    throw fieldError(
      'required',
      `${type.labelPlural} exist already: give a default value to fill them, or make the field required once they are filled`,
    )
  }
  const value = JSON.stringify({ [field.name]: field.defaultValue })
  const { numAffectedRows } = await sql`
    UPDATE ${sql.table(type.table)} t SET custom = t.custom || ${value}::jsonb
    WHERE ${where}`.execute(tx)
  if (field.indexed) await rebuildValueIndex(tx, actor, type, field)
  return Number(numAffectedRows ?? 0)
}
