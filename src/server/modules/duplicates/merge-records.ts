import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { type AuditEntry, writeAudit } from '../audit/write-audit.js'
import { deleteRecord } from '../records/delete-record.js'
import { getRecord, requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { updateRecord } from '../records/update-record.js'
import type { WriteOptions } from '../records/write-options.js'
import { seenDuplicateType } from './duplicate-type.js'
import { type MoveAudit, type Moved, moveRelated } from './move-related.js'
import { titleOf } from './present-candidates.js'

export const mergeInput = z.object({
  survivorId: z.uuid(),
  mergedIds: z.array(z.uuid()).min(1).max(10),
  /**
   * For each field, the id of the record whose value the survivor keeps,
   * or `{ value }` to give it a value none of them holds. Fields left out
   * keep the survivor's value.
   */
  values: z
    .record(z.string(), z.union([z.uuid(), z.object({ value: z.unknown() })]))
    .default({}),
})
export type MergeInput = z.infer<typeof mergeInput>

export const MERGED = 'merged'
/** The reason a merged record's deletion is audited with. */
export const MERGED_INTO = 'merged_into'

// Fields a merge never copies: who made a record and when stay its own.
const KEPT = new Set(['id', 'created_at', 'updated_at', 'created_by_id'])

/**
 * The survivor's own entry for a merge or its undoing, written even when
 * it keeps every value: which records were merged into it.
 */
export function lineageEntry(
  type: RecordType,
  survivorId: string,
  mergedIds: string[],
  undoing: boolean,
  reasonCode: string,
): AuditEntry {
  const ids = { from: [] as string[], to: mergedIds }
  return {
    recordType: type.name,
    recordId: survivorId,
    action: 'update',
    changes: { merged_ids: undoing ? { from: ids.to, to: ids.from } : ids },
    reasonCode,
  }
}

/** Audit entries for rows a merge, or its undoing, pointed elsewhere. */
export function movedEntries(moves: MoveAudit[], reasonCode: string) {
  return moves.map(
    (m): AuditEntry => ({
      recordType: m.recordType,
      recordId: m.id,
      action: 'update',
      changes: { [m.column]: { from: m.from, to: m.to } },
      reasonCode,
    }),
  )
}

async function requireLive(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  action: 'edit' | 'delete',
) {
  const row = await requireRow(tx, actor, type, id, { forUpdate: true })
  if (row.deleted_at) {
    throw new AppError('conflict', {
      detail: `${type.label} “${titleOf(type, row)}” is deleted; restore it first`,
    })
  }
  requireRowAction(actor, action, type, row)
  return row
}

/** Whether a merge may give the survivor another record's value. */
export function isMergeable(field: FieldDescriptor) {
  return !field.computed && !field.readOnly && !KEPT.has(field.name)
}

/** The survivor's new values: each chosen field from its chosen record. */
function chosenValues(
  type: RecordType,
  input: MergeInput,
  rows: Map<string, Values>,
): Values {
  const changes: Values = {}
  for (const [name, choice] of Object.entries(input.values)) {
    const field = type.fields.find((f) => f.name === name)
    if (!field || !isMergeable(field)) {
      throw fieldError(name, 'This field cannot be chosen in a merge')
    }
    if (typeof choice === 'object') {
      changes[name] = choice.value ?? null
      continue
    }
    const sourceId = choice
    const source = rows.get(sourceId)
    if (!source) {
      throw fieldError(name, 'Choose a value from one of the merged records')
    }
    if (sourceId !== input.survivorId) changes[name] = source[name] ?? null
  }
  return changes
}

/**
 * Merges records into one: the survivor takes the chosen values, what
 * pointed at the others (activities, deals, account links, shares,
 * converted leads, child accounts) moves to it, and the others are kept
 * soft-deleted with a pointer to it. Recorded as lineage, audited, and
 * undoable (`undoMerge`).
 */
export async function mergeRecords(
  tx: Tx,
  actor: Actor,
  typeName: string,
  input: MergeInput,
  options: WriteOptions = {},
) {
  const type = await seenDuplicateType(tx, actor, typeName)
  requireRecordAction(actor, 'edit', type)
  requireRecordAction(actor, 'delete', type)
  const mergedIds = [...new Set(input.mergedIds)]
  if (mergedIds.includes(input.survivorId)) {
    throw fieldError('mergedIds', 'The survivor cannot be merged into itself')
  }
  const rows = new Map<string, Values>()
  rows.set(
    input.survivorId,
    await requireLive(tx, actor, type, input.survivorId, 'edit'),
  )
  for (const id of mergedIds) {
    rows.set(id, await requireLive(tx, actor, type, id, 'delete'))
  }
  const changes = chosenValues(type, input, rows)
  const survivor = rows.get(input.survivorId) as Values

  const moved: Moved = {}
  const moves: MoveAudit[] = []
  const reason = { reasonCode: MERGED, requestId: options.requestId }
  const mergedInto = { reasonCode: MERGED_INTO, requestId: options.requestId }
  for (const id of mergedIds) {
    await moveRelated(
      tx,
      actor.tenantId,
      type.name,
      input.survivorId,
      id,
      moved,
      moves,
    )
    // Deleted before the survivor takes their values: a unique value
    // cannot be held by two live records even for a moment.
    await deleteRecord(tx, actor, type, id, mergedInto)
    await sql`UPDATE ${sql.table(type.table)} SET merged_into_id = ${input.survivorId}
      WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  }
  if (Object.keys(changes).length > 0) {
    await updateRecord(tx, actor, type, input.survivorId, changes, reason)
  }
  await writeAudit(
    tx,
    actor,
    [
      lineageEntry(type, input.survivorId, mergedIds, false, MERGED),
      ...movedEntries(moves, MERGED),
    ],
    options.requestId,
  )

  const id = uuidv7()
  const recorded = Object.fromEntries(
    Object.keys(changes).map((n) => [
      n,
      { from: survivor[n] ?? null, to: changes[n] },
    ]),
  )
  await sql`INSERT INTO record_merge (tenant_id, id, record_type, survivor_id,
      merged_ids, changes, moved, merged_by_id)
    VALUES (${actor.tenantId}, ${id}, ${type.name}, ${input.survivorId},
      ${mergedIds}::uuid[], ${JSON.stringify(recorded)}::jsonb,
      ${JSON.stringify(moved)}::jsonb, ${actor.userId})`.execute(tx)
  const counts = Object.fromEntries(
    Object.entries(moved).map(([name, list]) => [name, list.length]),
  )
  return {
    id,
    survivorId: input.survivorId,
    mergedIds,
    moved: counts,
    record: await getRecord(tx, actor, type, input.survivorId),
  }
}
