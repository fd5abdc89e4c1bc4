import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { Values } from '../records/record-type.js'
import { catchUp, seenDuplicateType } from './duplicate-type.js'
import { findMatches } from './find-matches.js'
import { type Candidate, presentCandidates } from './present-candidates.js'
import { CANDIDATE_LIMIT } from './record-duplicates.js'
import { keySources, recordKeys } from './record-keys.js'
import { keyedCustomFields, phoneRegion } from './refresh-keys.js'
import type { Match } from './score-matches.js'

/**
 * The records the actor may see that values not yet saved would
 * duplicate: for a create form, or an edit (`excludeId` is the record
 * being edited), or an import's preview. Values in fields the actor may
 * not see are ignored.
 */
export async function checkDuplicates(
  tx: Tx,
  actor: Actor,
  typeName: string,
  values: Values,
  excludeId?: string,
): Promise<{ data: Candidate[]; upToDate: boolean }> {
  const type = await seenDuplicateType(tx, actor, typeName)
  const upToDate = await catchUp(tx, actor.tenantId)
  const visible = new Set(type.fields.map((f) => f.name))
  const custom = await keyedCustomFields(tx, actor.tenantId, type.name)
  const sources = keySources(type.name, custom).filter((s) =>
    s.fields.every((f) => visible.has(f)),
  )
  const region = await phoneRegion(tx, actor.tenantId)
  const keys = recordKeys(type.name, sources, values, region)
  const matches = await findMatches(tx, actor.tenantId, type.name, { keys })
  const byOther = new Map<string, Match[]>()
  for (const { sourceId: _, otherId, ...m } of matches) {
    if (otherId === excludeId) continue
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
