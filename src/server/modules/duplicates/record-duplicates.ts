import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRow } from '../records/get-record.js'
import { catchUp, seenDuplicateType } from './duplicate-type.js'
import { findMatches } from './find-matches.js'
import { type Candidate, presentCandidates } from './present-candidates.js'
import type { Match } from './score-matches.js'

export const CANDIDATE_LIMIT = 20

/** The records someone has marked as not duplicates of this one. */
async function dismissedWith(
  tx: Tx,
  tenantId: string,
  recordType: string,
  id: string,
): Promise<Set<string>> {
  const { rows } = await sql<{ other: string }>`
    SELECT other_id AS other FROM duplicate_dismissal
    WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
      AND record_id = ${id}
    UNION ALL
    SELECT record_id FROM duplicate_dismissal
    WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
      AND other_id = ${id}`.execute(tx)
  return new Set(rows.map((r) => String(r.other)))
}

/**
 * The likely duplicates of one record that the actor may see, looked up
 * from its keys now (not from the review list's pairs, which may still
 * be catching up with a large import).
 */
export async function listRecordDuplicates(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
): Promise<{ data: Candidate[]; upToDate: boolean }> {
  const type = await seenDuplicateType(tx, actor, typeName)
  await requireRow(tx, actor, type, id)
  const upToDate = await catchUp(tx, actor.tenantId)
  const { tenantId } = actor
  const dismissed = await dismissedWith(tx, tenantId, type.name, id)
  const matches = await findMatches(tx, tenantId, type.name, { ids: [id] })
  const byOther = new Map<string, Match[]>()
  for (const { sourceId: _, otherId, ...m } of matches) {
    if (dismissed.has(otherId)) continue
    byOther.set(otherId, [...(byOther.get(otherId) ?? []), m])
  }
  const data = await presentCandidates(
    tx,
    actor,
    type,
    byOther,
    CANDIDATE_LIMIT,
  )
  return { data, upToDate }
}
