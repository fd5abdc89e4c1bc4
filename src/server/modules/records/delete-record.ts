import { sql } from 'kysely'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { requireLinkEndsEditable } from '../access/require-link-ends.js'
import { writeAudit } from '../audit/write-audit.js'
import { checkUnique } from '../custom-fields/field-rules.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { getRecord, requireRow } from './get-record.js'
import type { RecordType, Values } from './record-type.js'
import { DEFAULT_REASON, type WriteOptions } from './write-options.js'

async function setDeletedAt(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  id: string,
  deleting: boolean,
  options: WriteOptions,
) {
  const type = await withCustomFields(tx, actor, baseType)
  const before = await requireRow(tx, actor, type, id, { forUpdate: true })
  requireRowAction(actor, deleting ? 'delete' : 'restore', type, before)
  await requireLinkEndsEditable(tx, actor, type, before)
  if (deleting) await requireGuardsPass(tx, actor, type, 'delete', before)
  const isDeleted = before.deleted_at !== null
  if (isDeleted === deleting) {
    const state = deleting ? 'already deleted' : 'not deleted'
    throw new AppError('conflict', {
      detail: `This ${type.label.toLowerCase()} is ${state}`,
    })
  }
  // A value made unique may have been taken since this record was deleted.
  if (!deleting) await checkUnique(tx, actor, type, before, id)
  // A restore can collide with a record created since, e.g. the same link.
  const { rows } = await sql<Values>`
    UPDATE ${sql.table(type.table)}
    SET deleted_at = ${deleting ? sql`clock_timestamp()` : null},
      updated_at = clock_timestamp()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}
    RETURNING deleted_at`
    .execute(tx)
    .catch((error) => translateConstraintError(error, type.table))
  await writeAudit(
    tx,
    actor,
    [
      {
        recordType: type.name,
        recordId: id,
        action: deleting ? 'delete' : 'restore',
        changes: {
          deleted_at: { from: before.deleted_at, to: rows[0].deleted_at },
        },
        reasonCode: options.reasonCode ?? DEFAULT_REASON,
      },
    ],
    options.requestId,
  )
}

/** Soft delete: the record leaves lists and can be restored. */
export async function deleteRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  requireRecordAction(actor, 'delete', type)
  await setDeletedAt(tx, actor, type, id, true, options)
}

export async function restoreRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  options: WriteOptions = {},
): Promise<Values> {
  requireRecordAction(actor, 'restore', type)
  await setDeletedAt(tx, actor, type, id, false, options)
  return getRecord(tx, actor, type, id)
}
