import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import type { RecordType } from '../records/record-type.js'
import { findRecordType } from '../records/registry.js'
import { DUPLICATE_TYPES } from './record-keys.js'
import { refreshDuplicateKeys } from './refresh-keys.js'

/**
 * The record type as the actor sees it, if duplicates are kept for it
 * and the actor may see its records.
 */
export async function seenDuplicateType(
  tx: Tx,
  actor: Actor,
  name: string,
): Promise<RecordType> {
  const base = findRecordType(name)
  if (!base || !DUPLICATE_TYPES.includes(base.name)) {
    throw new AppError('bad_request', {
      detail: `Duplicates are found for ${DUPLICATE_TYPES.join(', ')}`,
    })
  }
  const type = await withCustomFields(tx, actor, base)
  requireRecordAction(actor, 'view', type)
  return type
}

// Pairs by similar name that a read works out itself when no more wait:
// the few records just written through the API. Behind a bulk load they
// are left to the background refresh, at some milliseconds each.
const NAMES_ON_READ = 20

/**
 * Brings the keys of recently written records up to date before a read,
 * a batch at most; the background refresh does the rest. Returns whether
 * nothing is left queued.
 */
export async function catchUp(tx: Tx, tenantId: string): Promise<boolean> {
  const { queued } = await refreshDuplicateKeys(tx, tenantId)
  if (queued === 0 || queued > NAMES_ON_READ) return queued === 0
  const limits = { keys: 0, names: NAMES_ON_READ }
  return (await refreshDuplicateKeys(tx, tenantId, limits)).queued === 0
}
