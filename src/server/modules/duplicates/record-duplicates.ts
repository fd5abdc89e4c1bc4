import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType } from '../records/record-type.js'
import { catchUp, seenDuplicateType } from './duplicate-type.js'
import { type Candidate, presentCandidates } from './present-candidates.js'
import type { Match } from './score-matches.js'

export const CANDIDATE_LIMIT = 20

interface PairRow {
  other_id: string
  matches: Match[]
  flipped: boolean
}

/** A match as seen from the other record of its pair. */
export function flip(m: Match): Match {
  return { ...m, field: m.otherField, otherField: m.field }
}

/** The pairs of one record that no one has dismissed, from its side. */
async function pairsOf(tx: Tx, type: RecordType, tenantId: string, id: string) {
  const { rows } = await sql<PairRow>`
    SELECT p.other_id, p.matches, false AS flipped FROM duplicate_pair p
    WHERE p.tenant_id = ${tenantId} AND p.record_type = ${type.name}
      AND p.record_id = ${id}
      AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d
        WHERE d.tenant_id = p.tenant_id AND d.record_type = p.record_type
          AND d.record_id = p.record_id AND d.other_id = p.other_id)
    UNION ALL
    SELECT p.record_id, p.matches, true FROM duplicate_pair p
    WHERE p.tenant_id = ${tenantId} AND p.record_type = ${type.name}
      AND p.other_id = ${id}
      AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d
        WHERE d.tenant_id = p.tenant_id AND d.record_type = p.record_type
          AND d.record_id = p.record_id AND d.other_id = p.other_id)`.execute(
    tx,
  )
  return new Map(
    rows.map((r) => [
      String(r.other_id),
      r.flipped ? r.matches.map(flip) : r.matches,
    ]),
  )
}

/** The likely duplicates of one record that the actor may see. */
export async function listRecordDuplicates(
  tx: Tx,
  actor: Actor,
  typeName: string,
  id: string,
): Promise<{ data: Candidate[]; upToDate: boolean }> {
  const type = await seenDuplicateType(tx, actor, typeName)
  await requireRow(tx, actor, type, id)
  const upToDate = await catchUp(tx, actor.tenantId)
  const pairs = await pairsOf(tx, type, actor.tenantId, id)
  const data = await presentCandidates(tx, actor, type, pairs, CANDIDATE_LIMIT)
  return { data, upToDate }
}
