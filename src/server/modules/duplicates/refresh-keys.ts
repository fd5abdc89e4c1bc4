import { sql } from 'kysely'
import type { CountryCode } from 'libphonenumber-js'
import { chunks } from '../../platform/db/batch-insert.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Values } from '../records/record-type.js'
import { findMatches, type KeyMatch } from './find-matches.js'
import { inIds } from './id-list.js'
import { DEFAULT_PHONE_REGION } from './phone-key.js'
import {
  type ExtraField,
  keySources,
  type RecordKey,
  recordKeys,
} from './record-keys.js'
import { type Match, scoreMatches } from './score-matches.js'

export async function phoneRegion(
  tx: Tx,
  tenantId: string,
): Promise<CountryCode> {
  const { rows } = await sql<{ phone_region: string | null }>`
    SELECT phone_region FROM tenant WHERE id = ${tenantId}`.execute(tx)
  return (rows[0]?.phone_region as CountryCode) ?? DEFAULT_PHONE_REGION
}

/** The workspace's custom email and phone fields of a record type. */
export async function keyedCustomFields(
  tx: Tx,
  tenantId: string,
  recordType: string,
): Promise<ExtraField[]> {
  const { rows } = await sql<ExtraField>`
    SELECT name, type FROM custom_field
    WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
      AND deleted_at IS NULL AND type IN ('email', 'phone')`.execute(tx)
  return rows
}

async function writeKeys(
  tx: Tx,
  tenantId: string,
  recordType: string,
  ids: string[],
  region: CountryCode,
) {
  const custom = await keyedCustomFields(tx, tenantId, recordType)
  const sources = keySources(recordType, custom)
  const { rows } = await sql<Values>`
    SELECT * FROM ${sql.table(recordType)}
    WHERE tenant_id = ${tenantId} AND id ${inIds(ids)}`.execute(tx)
  const keys = rows.flatMap((row) => {
    const values = { ...(row.custom as Values | null), ...row }
    return recordKeys(recordType, sources, values, region).map(
      (k): RecordKey & { id: string } => ({ ...k, id: String(row.id) }),
    )
  })
  await sql`DELETE FROM duplicate_key
    WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
      AND record_id ${inIds(ids)}`.execute(tx)
  for (const batch of chunks(keys)) {
    const tuples = batch.map(
      (k) =>
        sql`(${tenantId}, ${recordType}, ${k.id}, ${k.kind}, ${k.field}, ${k.value})`,
    )
    await sql`INSERT INTO duplicate_key
      (tenant_id, record_type, record_id, kind, field, value)
      VALUES ${sql.join(tuples)} ON CONFLICT DO NOTHING`.execute(tx)
  }
}

/** Matches grouped by pair, stored with the lower id first. */
function pairsOf(matches: KeyMatch[]) {
  const pairs = new Map<string, { low: string; high: string; m: Match[] }>()
  for (const m of matches) {
    const flip = m.sourceId > m.otherId
    const [low, high] = flip ? [m.otherId, m.sourceId] : [m.sourceId, m.otherId]
    const key = `${low}:${high}`
    const pair = pairs.get(key) ?? { low, high, m: [] }
    const field = flip ? m.otherField : m.field
    const otherField = flip ? m.field : m.otherField
    // Both records of a pair may be in one batch: the match is found from
    // each side, a name's under the other's value.
    const seen = pair.m.some(
      (x) =>
        x.kind === m.kind &&
        x.field === field &&
        x.otherField === otherField &&
        (m.kind === 'name' || x.value === m.value),
    )
    if (!seen) {
      pair.m.push({
        kind: m.kind,
        field,
        otherField,
        value: m.value,
        similarity: m.similarity,
      })
    }
    pairs.set(key, pair)
  }
  return [...pairs.values()]
}

async function writePairs(
  tx: Tx,
  tenantId: string,
  recordType: string,
  ids: string[],
  names: boolean,
) {
  for (const column of ['record_id', 'other_id']) {
    await sql`DELETE FROM duplicate_pair
      WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
        AND ${sql.ref(column)} ${inIds(ids)}`.execute(tx)
  }
  const probe = { ids }
  const matches = await findMatches(tx, tenantId, recordType, probe, { names })
  for (const batch of chunks(pairsOf(matches))) {
    const tuples = batch.map((p) => {
      const { score } = scoreMatches(recordType, p.m)
      return sql`(${tenantId}, ${recordType}, ${p.low}, ${p.high}, ${score},
        ${JSON.stringify(p.m)}::jsonb)`
    })
    await sql`INSERT INTO duplicate_pair
      (tenant_id, record_type, record_id, other_id, score, matches)
      VALUES ${sql.join(tuples)}
      ON CONFLICT (tenant_id, record_type, record_id, other_id) DO UPDATE
      SET score = excluded.score, matches = excluded.matches,
        found_at = now()`.execute(tx)
  }
}

type Queued = Map<string, string[]>

/** Up to `limit` queued records at one stage, locked, by record type. */
async function takeQueued(
  tx: Tx,
  tenantId: string,
  keyed: boolean,
  limit: number,
): Promise<Queued> {
  const { rows } = await sql<{ record_type: string; record_id: string }>`
    SELECT record_type, record_id FROM duplicate_key_queue
    WHERE tenant_id = ${tenantId} AND keyed = ${keyed}
    ORDER BY queued_at
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`.execute(tx)
  const byType: Queued = new Map()
  for (const r of rows) {
    byType.set(r.record_type, [
      ...(byType.get(r.record_type) ?? []),
      r.record_id,
    ])
  }
  return byType
}

export interface RefreshLimits {
  /** Records keyed, and paired by equal keys, in this call. */
  keys: number
  /** Records paired by similar names too, and taken off the queue. */
  names: number
}

export const READ_LIMITS: RefreshLimits = { keys: 500, names: 0 }

export interface RefreshResult {
  keyed: number
  paired: number
  /** Records still queued at either stage, counted up to 1,000. */
  queued: number
}

/**
 * Works through the records queued since they were written: first their
 * keys and the pairs equal keys make (thousands a second), then the pairs
 * similar names make (a trigram lookup each). Two refreshes at once take
 * different records.
 */
export async function refreshDuplicateKeys(
  tx: Tx,
  tenantId: string,
  limits: RefreshLimits = READ_LIMITS,
): Promise<RefreshResult> {
  const count = (q: Queued) =>
    [...q.values()].reduce((n, ids) => n + ids.length, 0)
  const unkeyed = await takeQueued(tx, tenantId, false, limits.keys)
  for (const [recordType, ids] of unkeyed) {
    const region = await phoneRegion(tx, tenantId)
    await writeKeys(tx, tenantId, recordType, ids, region)
    await writePairs(tx, tenantId, recordType, ids, false)
    await sql`UPDATE duplicate_key_queue SET keyed = true
      WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
        AND record_id ${inIds(ids)}`.execute(tx)
  }
  const keyed = await takeQueued(tx, tenantId, true, limits.names)
  for (const [recordType, ids] of keyed) {
    await writePairs(tx, tenantId, recordType, ids, true)
    await sql`DELETE FROM duplicate_key_queue
      WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
        AND record_id ${inIds(ids)}`.execute(tx)
  }
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM duplicate_key_queue
      WHERE tenant_id = ${tenantId} LIMIT 1000) q`.execute(tx)
  const queued = Number(rows[0]?.n ?? 0)
  return { keyed: count(unkeyed), paired: count(keyed), queued }
}
