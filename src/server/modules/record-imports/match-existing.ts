import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { fieldSql } from '../records/field-sql.js'
import type { RecordType } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import { RECORD_ID } from './record-id-key.js'

/**
 * The live records (or, asked, the deleted ones) whose key field holds
 * each of the given key values (trimmed, case aside), whoever may see
 * them: an import must not create a second record beside one the
 * importer cannot see.
 */
export async function matchExisting(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  keyField: string,
  keys: string[],
  options: { deleted?: boolean } = {},
): Promise<Map<string, string[]>> {
  const matches = new Map<string, string[]>()
  const f = type.fields.find((x) => x.name === keyField)
  if ((!f && keyField !== RECORD_ID) || keys.length === 0) return matches
  const value = f ? sql`lower(trim(${fieldSql(f)}::text))` : sql`t.id::text`
  const { rows } = await sql<{ id: string; key: string }>`
    SELECT t.id, ${value} AS key FROM ${sql.table(type.table)} t
    WHERE t.tenant_id = ${actor.tenantId} AND ${scopeSql(type.scope, 't')}
      AND ${options.deleted ? sql`t.deleted_at IS NOT NULL` : sql`t.deleted_at IS NULL`}
      AND ${value} IN (${sql.join(keys)})`.execute(tx)
  for (const row of rows) {
    matches.set(row.key, [...(matches.get(row.key) ?? []), row.id])
  }
  return matches
}
