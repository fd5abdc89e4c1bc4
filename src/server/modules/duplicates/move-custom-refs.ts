import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { targetRecordType } from '../records/registry.js'
import { scopeSql } from '../records/type-scope.js'
import type { MoveAudit } from './move-related.js'

/** A custom `ref` or `refs` field of some record type. */
interface RefField {
  record_type: string
  name: string
  type: 'ref' | 'refs'
  indexed: boolean
}

/**
 * One record whose reference moved. A `refs` value is kept whole before
 * and after, since replacing the merged id can also drop a repeat.
 */
export interface MovedRef {
  id: string
  from: string
  before?: string[]
  after?: string[]
}

export type MovedRefs = Record<string, MovedRef[]>

/** The key a moved reference is kept under in the merge lineage. */
export const refKey = (f: { record_type: string; name: string }) =>
  `custom:${f.record_type}.${f.name}`

async function refFieldsTo(tx: Tx, tenantId: string, target: string) {
  const { rows } = await sql<RefField>`
    SELECT record_type, name, type, indexed FROM custom_field
    WHERE tenant_id = ${tenantId} AND ref = ${target}
      AND type IN ('ref', 'refs') AND deleted_at IS NULL
    ORDER BY record_type, name`.execute(tx)
  return rows
}

function tableOf(f: RefField) {
  const type = targetRecordType(f.record_type)
  if (!type) throw new Error(`No table for record type ${f.record_type}`)
  return type
}

/** Rewrites the value index of one field for the given records. */
async function reindex(tx: Tx, tenantId: string, f: RefField, ids: string[]) {
  if (!f.indexed || ids.length === 0) return
  const type = tableOf(f)
  await sql`DELETE FROM custom_value_index
    WHERE tenant_id = ${tenantId} AND record_type = ${f.record_type}
      AND field = ${f.name} AND record_id = ANY(${ids}::uuid[])`.execute(tx)
  const values =
    f.type === 'refs'
      ? sql`jsonb_array_elements_text(t.custom -> ${f.name})`
      : sql`t.custom ->> ${f.name}`
  await sql`
    INSERT INTO custom_value_index
      (tenant_id, record_type, field, record_id, text_value)
    SELECT t.tenant_id, ${f.record_type}, ${f.name}, t.id, v.value
    FROM ${sql.table(type.table)} t
    CROSS JOIN LATERAL (SELECT ${values} AS value) v
    WHERE t.tenant_id = ${tenantId} AND t.id = ANY(${ids}::uuid[])
      AND v.value IS NOT NULL`.execute(tx)
}

/** Where a merge moves references, and the changes it gathers to audit. */
export interface RefMove {
  tenantId: string
  /** The merged record type, which the reference fields point at. */
  target: string
  survivor: string
  audit: MoveAudit[]
}

function audit(
  m: RefMove,
  f: RefField,
  id: string,
  from: unknown,
  to: unknown,
) {
  m.audit.push({ recordType: f.record_type, id, column: f.name, from, to })
}

async function setCustom(
  tx: Tx,
  tenantId: string,
  f: RefField,
  id: string,
  value: unknown,
) {
  await sql`UPDATE ${sql.table(tableOf(f).table)}
    SET custom = jsonb_set(custom, ARRAY[${f.name}],
      ${JSON.stringify(value)}::jsonb), updated_at = clock_timestamp()
    WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(tx)
}

async function pointingAt(tx: Tx, tenantId: string, f: RefField, id: string) {
  const type = tableOf(f)
  const match =
    f.type === 'refs'
      ? sql`t.custom -> ${f.name} @> jsonb_build_array(${id}::text)`
      : sql`t.custom ->> ${f.name} = ${id}`
  const { rows } = await sql<{ id: string; value: unknown }>`
    SELECT t.id, t.custom -> ${f.name} AS value
    FROM ${sql.table(type.table)} t
    WHERE t.tenant_id = ${tenantId} AND ${scopeSql(type.scope, 't')}
      AND ${match}
    FOR UPDATE`.execute(tx)
  return rows
}

/**
 * Points custom reference fields of any record type at the survivor where
 * they pointed at `loser`, keeping their value index in step.
 */
export async function moveCustomRefs(
  tx: Tx,
  m: RefMove,
  loser: string,
  moved: MovedRefs,
): Promise<void> {
  const { tenantId, survivor } = m
  for (const f of await refFieldsTo(tx, tenantId, m.target)) {
    const list = moved[refKey(f)] ?? []
    const ids: string[] = []
    for (const row of await pointingAt(tx, tenantId, f, loser)) {
      if (f.type === 'ref') {
        await setCustom(tx, tenantId, f, row.id, survivor)
        list.push({ id: row.id, from: loser })
        audit(m, f, row.id, loser, survivor)
      } else {
        const before = row.value as string[]
        const swapped = before.map((v) => (v === loser ? survivor : v))
        const after = [...new Set(swapped)]
        await setCustom(tx, tenantId, f, row.id, after)
        list.push({ id: row.id, from: loser, before, after })
        audit(m, f, row.id, before, after)
      }
      ids.push(row.id)
    }
    if (list.length > 0) moved[refKey(f)] = list
    await reindex(tx, tenantId, f, ids)
  }
}

/**
 * Puts back the references a merge moved, where they still hold what the
 * merge left in them; a value changed since is the later writer's.
 */
export async function moveCustomRefsBack(
  tx: Tx,
  m: RefMove,
  moved: MovedRefs,
): Promise<void> {
  const { tenantId, survivor } = m
  for (const f of await refFieldsTo(tx, tenantId, m.target)) {
    const ids: string[] = []
    // Newest first: a record referring to several merged ones was
    // rewritten once for each, each time from what the last one left.
    for (const row of [...(moved[refKey(f)] ?? [])].reverse()) {
      const { rows } = await sql<{ value: unknown }>`
        SELECT custom -> ${f.name} AS value
        FROM ${sql.table(tableOf(f).table)}
        WHERE tenant_id = ${tenantId} AND id = ${row.id}
        FOR UPDATE`.execute(tx)
      const now = rows[0]?.value
      const left = f.type === 'ref' ? survivor : row.after
      if (JSON.stringify(now) !== JSON.stringify(left)) continue
      const back = f.type === 'ref' ? row.from : row.before
      await setCustom(tx, tenantId, f, row.id, back)
      audit(m, f, row.id, now, back)
      ids.push(row.id)
    }
    await reindex(tx, tenantId, f, ids)
  }
}
