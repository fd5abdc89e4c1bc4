import { sql } from 'kysely'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { diff, writeAudit } from '../audit/write-audit.js'
import { changedFields } from './changed-fields.js'
import { checkReferences } from './check-references.js'
import { getRecord, requireRow } from './get-record.js'
import { normalizeValues } from './input-schema.js'
import type { RecordType, Values } from './record-type.js'
import { DEFAULT_REASON, type WriteOptions } from './write-options.js'

/** Changes only the fields given; writes nothing when nothing differs. */
export async function updateRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  input: Values,
  options: WriteOptions = {},
): Promise<Values> {
  requireRecordAction(actor, 'edit', type)
  const before = await requireRow(tx, actor, type, id, { forUpdate: true })
  if (before.deleted_at) {
    throw new AppError('conflict', {
      detail: `This ${type.label.toLowerCase()} is deleted; restore it first`,
    })
  }
  const values = normalizeValues(type, input)
  const ctx = { tx, actor, before }
  await type.prepare?.(values, ctx)
  await checkReferences(type, values, ctx)

  const names = Object.keys(changedFields(type, before, values))
  if (names.length > 0) {
    const sets = names.map((n) => sql`${sql.ref(n)} = ${values[n]}`)
    try {
      const { rows } = await sql<Values>`
        UPDATE ${sql.table(type.table)}
        SET ${sql.join(sets)}, updated_at = clock_timestamp()
        WHERE tenant_id = ${actor.tenantId} AND id = ${id}
        RETURNING *`.execute(tx)
      const stored = diff(before, rows[0], names)
      await writeAudit(
        tx,
        actor,
        [
          {
            recordType: type.name,
            recordId: id,
            action: 'update',
            changes: stored,
            reasonCode: options.reasonCode ?? DEFAULT_REASON,
          },
        ],
        options.requestId,
      )
    } catch (error) {
      translateConstraintError(error, type.table)
    }
  }
  return getRecord(tx, actor, type, id)
}
