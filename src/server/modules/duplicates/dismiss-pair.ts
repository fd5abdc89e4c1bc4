import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRowAction } from '../access/policy.js'
import { requireRow } from '../records/get-record.js'
import { seenDuplicateType } from './duplicate-type.js'

async function requirePair(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
  otherId: string,
) {
  if (id === otherId) {
    throw new AppError('bad_request', {
      detail: 'A record is not a duplicate of itself',
    })
  }
  const type = await seenDuplicateType(tx, actor, typeName)
  // Dismissing changes what everyone is shown about both records.
  for (const recordId of [id, otherId]) {
    const row = await requireRow(tx, actor, type, recordId)
    requireRowAction(actor, 'edit', type, row)
  }
  const [low, high] = id < otherId ? [id, otherId] : [otherId, id]
  return { type, low, high }
}

/** Remembers that two records are not duplicates of each other. */
export async function dismissPair(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
  otherId: string,
): Promise<void> {
  const { type, low, high } = await requirePair(
    tx,
    actor,
    typeName,
    id,
    otherId,
  )
  await sql`INSERT INTO duplicate_dismissal
      (tenant_id, record_type, record_id, other_id, dismissed_by_id)
    VALUES (${actor.tenantId}, ${type.name}, ${low}, ${high}, ${actor.userId})
    ON CONFLICT DO NOTHING`.execute(tx)
}

/** Takes back a "not a duplicate": the pair is shown again. */
export async function undismissPair(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
  otherId: string,
): Promise<void> {
  const { type, low, high } = await requirePair(
    tx,
    actor,
    typeName,
    id,
    otherId,
  )
  await sql`DELETE FROM duplicate_dismissal
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND record_id = ${low} AND other_id = ${high}`.execute(tx)
}
