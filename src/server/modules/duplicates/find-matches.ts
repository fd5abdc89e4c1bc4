import { type RawBuilder, sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { inIds } from './id-list.js'
import type { KeyKind, RecordKey } from './record-keys.js'

/** The id that unsaved values are probed under: no record has it. */
export const UNSAVED = '00000000-0000-0000-0000-000000000000'

// Names at least this similar (pg_trgm's similarity, 0 to 1) are candidates.
export const NAME_THRESHOLD = 0.6
// Candidates read per key: a value many records share (a switchboard
// number, a placeholder address) must not turn one lookup into thousands.
const PER_KEY = 25

/** One key of a record found on another record of its type. */
export interface KeyMatch {
  sourceId: string
  otherId: string
  kind: KeyKind
  field: string
  otherField: string
  value: string
  similarity: number
}

export type Probe = { ids: string[] } | { keys: RecordKey[] }

function probeSql(
  tenantId: string,
  recordType: string,
  probe: Probe,
): RawBuilder<unknown> {
  if ('ids' in probe) {
    return sql`SELECT record_id AS source_id, kind, field, value
      FROM duplicate_key
      WHERE tenant_id = ${tenantId} AND record_type = ${recordType}
        AND record_id ${inIds(probe.ids)}`
  }
  const rows = probe.keys.map(
    (k) => sql`(${UNSAVED}::uuid, ${k.kind}, ${k.field}, ${k.value})`,
  )
  return sql`SELECT * FROM (VALUES ${sql.join(rows)})
    AS v (source_id, kind, field, value)`
}

function similarNames(recordType: string) {
  return sql`UNION ALL
    SELECT p.source_id, m.record_id, p.kind, p.field, m.field, m.value,
      m.similarity::float8
    FROM probe p
    CROSS JOIN LATERAL similar_duplicate_names(
      ${recordType}, p.value, ${NAME_THRESHOLD}, ${PER_KEY + 1}) m
    WHERE p.kind = 'name' AND m.record_id <> p.source_id`
}

/**
 * The records of a type that share a key with the probed records or
 * values: equal keys through the value index, names through the trigram
 * index (`names: false` leaves names out: a trigram lookup costs some
 * milliseconds, an equal key a fraction of one). Whether the reader may
 * see them is the caller's to decide.
 */
export async function findMatches(
  tx: Tx,
  tenantId: string,
  recordType: string,
  probe: Probe,
  { names = true }: { names?: boolean } = {},
): Promise<KeyMatch[]> {
  if ('ids' in probe ? probe.ids.length === 0 : probe.keys.length === 0) {
    return []
  }
  const { rows } = await sql<KeyMatch>`
    WITH probe AS (${probeSql(tenantId, recordType, probe)})
    SELECT p.source_id AS "sourceId", m.record_id AS "otherId", p.kind,
      p.field, m.field AS "otherField", m.value, 1::float8 AS similarity
    FROM probe p
    CROSS JOIN LATERAL (
      SELECT k.record_id, k.field, k.value FROM duplicate_key k
      WHERE k.tenant_id = ${tenantId} AND k.record_type = ${recordType}
        AND k.kind = p.kind AND k.value = p.value
        AND k.record_id <> p.source_id
      ORDER BY k.record_id
      LIMIT ${PER_KEY}) m
    WHERE p.kind <> 'name'
    ${names ? similarNames(recordType) : sql``}`.execute(tx)
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }))
}
