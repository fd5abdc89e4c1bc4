import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { restoreRecord } from '../records/delete-record.js'
import { getRecord, requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { updateRecord } from '../records/update-record.js'
import type { WriteOptions } from '../records/write-options.js'
import { seenDuplicateType } from './duplicate-type.js'
import { lineageEntry, movedEntries } from './merge-records.js'
import { type MoveAudit, type Moved, moveBack } from './move-related.js'

const UNDONE = 'merge_undone'

interface MergeRow {
  survivor_id: string
  merged_ids: string[]
  changes: Record<string, { from: unknown; to: unknown }>
  moved: Moved
  undone_at: string | null
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const refuse = (detail: string) => new AppError('conflict', { detail })

/**
 * An undo puts back exactly what the merge changed, so it is refused when
 * a later change stands on the merge: the survivor deleted or merged on,
 * a later merge into it still in place, a merged record back in use.
 */
async function requireUndoable(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  mergeId: string,
  merge: MergeRow,
) {
  const label = type.label.toLowerCase()
  const { rows: later } = await sql<{ id: string }>`
    SELECT id FROM record_merge
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND id <> ${mergeId} AND undone_at IS NULL
      AND merged_at >= (SELECT m.merged_at FROM record_merge m
        WHERE m.tenant_id = ${actor.tenantId} AND m.id = ${mergeId})
      AND (survivor_id = ${merge.survivor_id}
        OR merged_ids @> ARRAY[${merge.survivor_id}]::uuid[])
    LIMIT 1`.execute(tx)
  if (later.length > 0) {
    throw refuse(
      `This ${label} took part in a later merge; undo that merge first`,
    )
  }
  const survivor = await requireRow(tx, actor, type, merge.survivor_id)
  if (survivor.deleted_at) {
    throw refuse(`The surviving ${label} was deleted since; restore it first`)
  }
  for (const id of merge.merged_ids.map(String)) {
    const row = await requireRow(tx, actor, type, id, { forUpdate: true })
    requireRowAction(actor, 'restore', type, row)
    if (!row.deleted_at) {
      throw refuse(
        `A merged ${label} was restored since; delete it again first`,
      )
    }
  }
}

/**
 * Undoes a merge: the survivor gets back the values it held (those not
 * changed since), what moved points again at the records it came from,
 * and the merged records are restored.
 */
export async function undoMerge(
  tx: Tx,
  actor: Actor,
  typeName: string,
  mergeId: string,
  options: WriteOptions = {},
) {
  const type = await seenDuplicateType(tx, actor, typeName)
  requireRecordAction(actor, 'edit', type)
  requireRecordAction(actor, 'restore', type)
  const { rows } = await sql<MergeRow>`
    SELECT survivor_id, merged_ids, changes, moved, undone_at
    FROM record_merge
    WHERE tenant_id = ${actor.tenantId} AND id = ${mergeId}
      AND record_type = ${type.name}
    FOR UPDATE`.execute(tx)
  const merge = rows[0]
  if (!merge) throw new AppError('not_found', { detail: `No merge ${mergeId}` })
  if (merge.undone_at) {
    throw new AppError('conflict', { detail: 'This merge is already undone' })
  }
  const survivorId = String(merge.survivor_id)
  const survivor = await requireRow(tx, actor, type, survivorId, {
    forUpdate: true,
  })
  requireRowAction(actor, 'edit', type, survivor)
  await requireUndoable(tx, actor, type, mergeId, merge)

  const reason = { reasonCode: UNDONE, requestId: options.requestId }
  const back: Values = {}
  for (const [name, change] of Object.entries(merge.changes)) {
    if (same(survivor[name], change.to)) back[name] = change.from
  }
  if (Object.keys(back).length > 0) {
    await updateRecord(tx, actor, type, survivorId, back, reason)
  }
  const moves: MoveAudit[] = []
  await moveBack(tx, actor.tenantId, type.name, survivorId, merge.moved, moves)
  for (const id of merge.merged_ids.map(String)) {
    await sql`UPDATE ${sql.table(type.table)} SET merged_into_id = NULL
      WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
    await restoreRecord(tx, actor, type, id, reason)
  }
  const mergedIds = merge.merged_ids.map(String)
  await writeAudit(
    tx,
    actor,
    [
      lineageEntry(type, survivorId, mergedIds, true, UNDONE),
      ...movedEntries(moves, UNDONE),
    ],
    options.requestId,
  )
  await sql`UPDATE record_merge
    SET undone_at = now(), undone_by_id = ${actor.userId}
    WHERE tenant_id = ${actor.tenantId} AND id = ${mergeId}`.execute(tx)
  return { id: mergeId, record: await getRecord(tx, actor, type, survivorId) }
}
