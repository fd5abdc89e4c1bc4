import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRow } from '../records/get-record.js'
import { seenDuplicateType } from './duplicate-type.js'
import type { Moved } from './move-related.js'

interface MergeRow {
  id: string
  survivor_id: string
  merged_ids: string[]
  changes: Record<string, unknown>
  moved: Moved
  merged_by_id: string | null
  merged_at: string
  undone_at: string | null
}

/**
 * The merges a record took part in, newest first: as the survivor or as
 * one merged into it. Only the names of fields the reader may see are
 * listed, never their values.
 */
export async function listMerges(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
) {
  const type = await seenDuplicateType(tx, actor, typeName)
  await requireRow(tx, actor, type, id)
  const visible = new Set(type.fields.map((f) => f.name))
  const { rows } = await sql<MergeRow>`
    SELECT id, survivor_id, merged_ids, changes, moved, merged_by_id,
      merged_at, undone_at
    FROM record_merge
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND (survivor_id = ${id} OR merged_ids @> ARRAY[${id}]::uuid[])
    ORDER BY merged_at DESC, id DESC
    LIMIT 50`.execute(tx)
  return rows.map((r) => ({
    id: r.id,
    survivorId: r.survivor_id,
    mergedIds: r.merged_ids,
    fields: Object.keys(r.changes).filter((name) => visible.has(name)),
    moved: Object.fromEntries(
      Object.entries(r.moved).map(([name, list]) => [name, list.length]),
    ),
    mergedById: r.merged_by_id,
    mergedAt: r.merged_at,
    undoneAt: r.undone_at,
  }))
}
