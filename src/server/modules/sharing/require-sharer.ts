import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { allowsOnRow, SHARE_KEY } from '../access/policy.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'

/**
 * The record, if the actor may share it: whoever may edit it by their
 * roles (owner, manager, region, administrator). A share received does
 * not pass itself on.
 */
export async function requireSharer(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
): Promise<Values> {
  const row = await requireRow(tx, actor, type, id, { forUpdate: true })
  if (!allowsOnRow(actor, 'edit', type, { ...row, [SHARE_KEY]: null })) {
    throw new AppError('forbidden', {
      detail: `Only those who may edit this ${type.label.toLowerCase()} by their roles may share it`,
    })
  }
  if (row.deleted_at) {
    throw new AppError('conflict', {
      detail: `This ${type.label.toLowerCase()} is deleted; restore it first`,
    })
  }
  return row
}
